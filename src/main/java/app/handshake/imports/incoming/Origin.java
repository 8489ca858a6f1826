package app.handshake.imports.incoming;

/**
 * Where in an uploaded file a record starts: the file's name, the line (1-based, 0 when the format has no
 * lines worth naming) and the record's number in the file (1-based).
 */
public record Origin(String file, long line, long record) {

    /** The same record, at another of its lines. */
    public Origin atLine(long other) {
        return new Origin(file, other, record);
    }

    /** "contacts.vcf, line 12 (record 3)": how errors and warnings name the place. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (record > 0) {
            text.append(line > 0 ? " (record " : ", record ").append(record).append(line > 0 ? ")" : "");
        }
        return text.toString();
    }
}
