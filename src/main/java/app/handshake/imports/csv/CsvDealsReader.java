package app.handshake.imports.csv;

import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads deals from a spreadsheet ({@link CsvRows}); the columns are those of {@link DealColumn}, and a file without a
 * "name" column is no deals file.
 */
public final class CsvDealsReader implements RecordReader {

    private final CsvRows rows;
    private final DealRow dealRow;

    public CsvDealsReader(InputStream in, ReadOptions options, Character delimiter) throws IOException {
        this.rows = new CsvRows(in, options, delimiter);
        Map<DealColumn, Integer> columns = DealColumn.of(rows.header());
        if (!columns.containsKey(DealColumn.name)) {
            rows.close();
            throw new UnreadableFileException(rows.headerOrigin(), "a deals file needs a column \"name\"; the"
                    + " columns are name, organization, stage, value, currency, expected_close, outcome, loss_reason,"
                    + " competitor, people and notes");
        }
        this.dealRow = new DealRow(columns);
    }

    @Override
    public Incoming next() {
        CsvRows.Row row = rows.next();
        return row == null ? null : dealRow.read(row.fields(), row.origin());
    }

    @Override
    public List<Notice> drainWarnings() {
        return rows.drainWarnings();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
