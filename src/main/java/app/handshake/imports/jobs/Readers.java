package app.handshake.imports.jobs;

import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportRequest;
import app.handshake.imports.csv.ContactField;
import app.handshake.imports.csv.CsvContactsReader;
import app.handshake.imports.csv.CsvDealsReader;
import app.handshake.imports.csv.CsvPartnersReader;
import app.handshake.imports.csv.CsvUsageReader;
import app.handshake.imports.ical.CalendarReader;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.mail.MailReader;
import app.handshake.imports.vcard.VCardFileReader;
import app.handshake.shared.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** Opens the reader for a file's format. */
final class Readers {

    private Readers() {}

    static RecordReader open(ImportFormat format, InputStream in, ImportRequest request, ReadOptions options)
            throws IOException {
        return switch (format) {
            case vcard -> new VCardFileReader(in, options);
            case csv -> new CsvContactsReader(in, options, request.delimiter(), mapping(request.mapping()));
            case ical -> new CalendarReader(in, options);
            case mbox -> MailReader.mbox(in, options);
            case eml -> MailReader.message(in, options);
            case deals -> new CsvDealsReader(in, options, request.delimiter());
            case usage -> new CsvUsageReader(in, options, request.delimiter());
            case partners -> CsvPartnersReader.partners(in, options, request.delimiter());
            case endorsements -> CsvPartnersReader.endorsements(in, options, request.delimiter());
        };
    }

    /** A column mapping as the user wrote it, checked before anything is read. */
    static Map<String, ContactField> mapping(Map<String, String> written) {
        Map<String, ContactField> mapping = new HashMap<>();
        written.forEach((column, fieldName) -> {
            ContactField field = ContactField.named(fieldName);
            if (field == null) {
                throw new InvalidRequestException("mapping", "\"" + fieldName + "\" (for column \"" + column
                        + "\") is not a field; use one of " + java.util.Arrays.toString(ContactField.values()));
            }
            mapping.put(column, field);
        });
        return mapping;
    }

    /** The layout a CSV reader recognised, for the job's record. */
    static String layout(RecordReader reader) {
        return reader instanceof CsvContactsReader csv ? csv.layout() : null;
    }
}
