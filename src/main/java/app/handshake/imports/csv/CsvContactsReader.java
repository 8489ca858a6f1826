package app.handshake.imports.csv;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.Warnings;
import app.handshake.imports.incoming.TextDecoding;
import app.handshake.imports.incoming.UnreadableFileException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads contacts from a spreadsheet export row by row with FastCSV: charset and delimiter detected (or
 * chosen), LinkedIn's notes above the header skipped, columns recognised by {@link ContactColumns}.
 */
public final class CsvContactsReader implements RecordReader {

    private static final int PREAMBLE_LIMIT = 64 * 1024;

    private final String file;
    private final Warnings warnings = new Warnings();
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> rows;
    private final long linesBefore;
    private final RowContact rowContact;
    private final int headerSize;
    private long number;

    /** {@code delimiter} null: detected from the header row; {@code mapping}: column name to field, may be empty. */
    public CsvContactsReader(InputStream in, ReadOptions options, Character delimiter, Map<String, ContactField> mapping)
            throws IOException {
        this.file = options.fileName();
        TextDecoding.Decoded decoded = TextDecoding.open(in, options.charset(), file);
        if (decoded.warning() != null) {
            warnings.add(new Notice(new Origin(file, 0, 0), decoded.warning()));
        }
        BufferedReader text = new BufferedReader(decoded.reader(), PREAMBLE_LIMIT);
        text.mark(PREAMBLE_LIMIT);
        long skipped = preambleLines(text);
        String headerLine = text.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new UnreadableFileException(new Origin(file, skipped + 1, 0), "the file is empty: no header row");
        }
        text.reset();
        for (long i = 0; i < skipped; i++) {
            text.readLine();
        }
        this.linesBefore = skipped;
        char separator = delimiter != null ? delimiter : Delimiters.guess(headerLine);
        this.csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false).ofCsvRecord(text);
        this.rows = csv.iterator();
        List<String> header = nextRow().map(CsvRecord::getFields).orElseThrow();
        if (header.size() == 1 && header.getFirst().strip().toUpperCase(java.util.Locale.ROOT).startsWith("BEGIN:")) {
            throw new UnreadableFileException(new Origin(file, skipped + 1, 0),
                    "this is a vCard or iCalendar file, not CSV");
        }
        this.headerSize = header.size();
        ContactColumns columns = ContactColumns.of(header, mapping);
        if (!columns.has(ContactField.email) && !columns.has(ContactField.name) && !columns.has(ContactField.first_name)
                && !columns.has(ContactField.last_name)) {
            throw new UnreadableFileException(new Origin(file, skipped + 1, 0),
                    "no column for a name or an email address was recognised among " + abbreviate(header)
                            + "; choose which column holds what (a column mapping)");
        }
        this.rowContact = new RowContact(columns);
    }

    /** The export the header looks like, e.g. "LinkedIn". */
    public String layout() {
        return rowContact.layout();
    }

    /** LinkedIn puts "Notes:" and a notice above the header, ended by a blank line. */
    private static long preambleLines(BufferedReader text) throws IOException {
        String first = text.readLine();
        if (first == null || !first.strip().startsWith("Notes:")) {
            text.reset();
            return 0;
        }
        long lines = 1;
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            lines++;
            if (line.isBlank()) {
                return lines;
            }
        }
        text.reset();
        return 0;
    }

    @Override
    public Incoming next() throws IOException {
        while (true) {
            var row = nextRow();
            if (row.isEmpty()) {
                return null;
            }
            CsvRecord record = row.get();
            List<String> fields = record.getFields();
            if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                continue;
            }
            Origin origin = new Origin(file, record.getStartingLineNumber() + linesBefore, ++number);
            if (fields.size() > headerSize && fields.subList(headerSize, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                throw new BadRecordException(origin, "the row has " + fields.size() + " fields but the header only "
                        + headerSize + " columns: a delimiter or quote is probably out of place");
            }
            if (fields.size() < headerSize) {
                warnings.add(new Notice(origin, "the row has " + fields.size() + " of the header's " + headerSize
                        + " columns; the missing ones are read as empty"));
            }
            RowContact.Result result = rowContact.read(fields, origin);
            warnings.addAll(result.notices());
            return result.contact();
        }
    }

    private java.util.Optional<CsvRecord> nextRow() {
        try {
            return rows.hasNext() ? java.util.Optional.of(rows.next()) : java.util.Optional.empty();
        } catch (CsvParseException e) {
            throw new UnreadableFileException(new Origin(file, linesBefore + lineOf(e), number + 1),
                    "the file cannot be read as CSV: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    private static long lineOf(CsvParseException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String abbreviate(List<String> header) {
        String joined = String.join(", ", header);
        return joined.length() > 200 ? joined.substring(0, 200) + "…" : joined;
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
