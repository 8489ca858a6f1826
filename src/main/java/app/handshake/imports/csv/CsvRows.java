package app.handshake.imports.csv;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.imports.incoming.TextDecoding;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.imports.incoming.Warnings;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet whose first line names its columns, read row by row with FastCSV: charset and delimiter detected
 * (or chosen), blank rows skipped, each row numbered by its line, and a row with more fields than the header refused
 * there, since a delimiter or quote out of place would otherwise shift its values into the wrong columns. The
 * readers of deals, usage and partners each turn its rows into their own records.
 */
final class CsvRows implements Closeable {

    private static final int HEADER_LIMIT = 64 * 1024;

    /** A row's fields and where it stands in the file. */
    record Row(List<String> fields, Origin origin) {}

    private final String file;
    private final Warnings warnings = new Warnings();
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> rows;
    private final List<String> header;
    private long number;

    CsvRows(InputStream in, ReadOptions options, Character delimiter) throws IOException {
        this.file = options.fileName();
        TextDecoding.Decoded decoded = TextDecoding.open(in, options.charset(), file);
        if (decoded.warning() != null) {
            warnings.add(new Notice(new Origin(file, 0, 0), decoded.warning()));
        }
        BufferedReader text = new BufferedReader(decoded.reader(), HEADER_LIMIT);
        text.mark(HEADER_LIMIT);
        String headerLine = text.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new UnreadableFileException(headerOrigin(), "the file is empty: no header row");
        }
        text.reset();
        char separator = delimiter != null ? delimiter : Delimiters.guess(headerLine);
        this.csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false).ofCsvRecord(text);
        this.rows = csv.iterator();
        this.header = nextRecord().map(CsvRecord::getFields).orElseThrow();
    }

    List<String> header() {
        return header;
    }

    /** Where a complaint about the columns points: the header row. */
    Origin headerOrigin() {
        return new Origin(file, 1, 0);
    }

    /** The next row that is not blank, or null at the end of the file. */
    Row next() {
        while (true) {
            Optional<CsvRecord> row = nextRecord();
            if (row.isEmpty()) {
                return null;
            }
            List<String> fields = row.get().getFields();
            if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                continue;
            }
            Origin origin = new Origin(file, row.get().getStartingLineNumber(), ++number);
            if (fields.size() > header.size()
                    && fields.subList(header.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                throw new BadRecordException(origin, "the row has " + fields.size() + " fields but the header only "
                        + header.size() + " columns: a delimiter or quote is probably out of place");
            }
            return new Row(fields, origin);
        }
    }

    List<Notice> drainWarnings() {
        return warnings.drain();
    }

    private Optional<CsvRecord> nextRecord() {
        try {
            return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
        } catch (CsvParseException e) {
            throw new UnreadableFileException(new Origin(file, 0, number + 1),
                    "the file cannot be read as CSV: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
