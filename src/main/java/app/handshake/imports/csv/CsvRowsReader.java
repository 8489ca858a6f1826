package app.handshake.imports.csv;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.TextDecoding;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.imports.incoming.Warnings;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the partners' spreadsheets (partners, endorsements) row by row with FastCSV, charset and delimiter detected
 * (or chosen) as for deals; each row goes to the reading its header chose, which names the column of a bad value.
 */
public final class CsvRowsReader implements RecordReader {

    /** One row's reading, for the columns its header named. */
    interface RowReading {
        Incoming read(List<String> fields, Origin origin);
    }

    private final String file;
    private final Warnings warnings = new Warnings();
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> rows;
    private final RowReading reading;
    private final int headerSize;
    private long number;

    private CsvRowsReader(InputStream in, ReadOptions options, Character delimiter,
            Function<List<String>, RowReading> byHeader) throws IOException {
        this.file = options.fileName();
        TextDecoding.Decoded decoded = TextDecoding.open(in, options.charset(), file);
        if (decoded.warning() != null) {
            warnings.add(new Notice(new Origin(file, 0, 0), decoded.warning()));
        }
        BufferedReader text = new BufferedReader(decoded.reader(), 64 * 1024);
        text.mark(64 * 1024);
        String headerLine = text.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new UnreadableFileException(new Origin(file, 1, 0), "the file is empty: no header row");
        }
        text.reset();
        char separator = delimiter != null ? delimiter : Delimiters.guess(headerLine);
        this.csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false).ofCsvRecord(text);
        this.rows = csv.iterator();
        List<String> header = nextRow().map(CsvRecord::getFields).orElseThrow();
        this.headerSize = header.size();
        RowReading chosen = byHeader.apply(header);
        if (chosen == null) {
            throw new UnreadableFileException(new Origin(file, 1, 0), "the header lacks a column it needs");
        }
        this.reading = chosen;
    }

    /** A partners file: it needs a column "name" and one of "organization" and "person". */
    public static CsvRowsReader partners(InputStream in, ReadOptions options, Character delimiter) throws IOException {
        String file = options.fileName();
        return new CsvRowsReader(in, options, delimiter, header -> {
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
    public static CsvRowsReader endorsements(InputStream in, ReadOptions options, Character delimiter)
            throws IOException {
        String file = options.fileName();
        return new CsvRowsReader(in, options, delimiter, header -> {
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
    public Incoming next() throws IOException {
        while (true) {
            Optional<CsvRecord> row = nextRow();
            if (row.isEmpty()) {
                return null;
            }
            List<String> fields = row.get().getFields();
            if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                continue;
            }
            Origin origin = new Origin(file, row.get().getStartingLineNumber(), ++number);
            if (fields.size() > headerSize && fields.subList(headerSize, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                throw new BadRecordException(origin, "the row has " + fields.size() + " fields but the header only "
                        + headerSize + " columns: a delimiter or quote is probably out of place");
            }
            return reading.read(fields, origin);
        }
    }

    private Optional<CsvRecord> nextRow() {
        try {
            return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
        } catch (CsvParseException e) {
            throw new UnreadableFileException(new Origin(file, 0, number + 1),
                    "the file cannot be read as CSV: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    @Override
    public List<Notice> drainWarnings() {
        return warnings.drain();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
