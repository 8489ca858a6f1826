package app.handshake.imports.csv;

import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the partners' spreadsheets (partners, endorsements) from {@link CsvRows}; each row goes to the reading its
 * header chose, which names the column of a bad value.
 */
public final class CsvPartnersReader implements RecordReader {

    /** One row's reading, for the columns its header named. */
    interface RowReading {
        Incoming read(List<String> fields, Origin origin);
    }

    private final CsvRows rows;
    private final RowReading reading;

    private CsvPartnersReader(InputStream in, ReadOptions options, Character delimiter,
            Function<List<String>, RowReading> byHeader) throws IOException {
        this.rows = new CsvRows(in, options, delimiter);
        try {
            this.reading = byHeader.apply(rows.header());
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /** A partners file: it needs a column "name" and one of "organization" and "person". */
    public static CsvPartnersReader partners(InputStream in, ReadOptions options, Character delimiter) throws IOException {
        String file = options.fileName();
        return new CsvPartnersReader(in, options, delimiter, header -> {
            var columns = PartnerColumn.of(header);
            if (!columns.containsKey(PartnerColumn.name)
                    || !(columns.containsKey(PartnerColumn.organization) || columns.containsKey(PartnerColumn.person))) {
                throw new UnreadableFileException(new Origin(file, 1, 0), "a partners file needs the columns \"name\""
                        + " and \"organization\" or \"person\"; the columns are " + PartnerColumn.all());
            }
            return new PartnerRow(columns)::read;
        });
    }

    /** An endorsements file: it needs the columns "partner", "endorser" and "rating". */
    public static CsvPartnersReader endorsements(InputStream in, ReadOptions options, Character delimiter)
            throws IOException {
        String file = options.fileName();
        return new CsvPartnersReader(in, options, delimiter, header -> {
            var columns = EndorsementColumn.of(header);
            if (!columns.containsKey(EndorsementColumn.partner) || !columns.containsKey(EndorsementColumn.endorser)
                    || !columns.containsKey(EndorsementColumn.rating)) {
                throw new UnreadableFileException(new Origin(file, 1, 0), "an endorsements file needs the columns"
                        + " \"partner\", \"endorser\" and \"rating\"; the columns are " + EndorsementColumn.all());
            }
            return new EndorsementRow(columns)::read;
        });
    }

    @Override
    public Incoming next() {
        CsvRows.Row row = rows.next();
        return row == null ? null : reading.read(row.fields(), row.origin());
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
