package app.handshake.imports.csv;

import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a deployment's usage from a spreadsheet ({@link CsvRows}); the columns are those of {@link UsageColumns},
 * and a file without a site, a day and active users is no usage file.
 */
public final class CsvUsageReader implements RecordReader {

    private final CsvRows rows;
    private final UsageDayRow usageRow;

    public CsvUsageReader(InputStream in, ReadOptions options, Character delimiter) throws IOException {
        this.rows = new CsvRows(in, options, delimiter);
        UsageColumns columns = UsageColumns.of(rows.header());
        if (!columns.complete()) {
            rows.close();
            throw new UnreadableFileException(rows.headerOrigin(), "a usage file needs the columns \"site\","
                    + " \"day\" and \"active users\"; any further column counts a usage event of its name");
        }
        this.usageRow = new UsageDayRow(columns);
    }

    @Override
    public Incoming next() {
        CsvRows.Row row = rows.next();
        return row == null ? null : usageRow.read(row.fields(), row.origin());
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
