package app.handshake.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of file Handshake imports; told from the name and the first bytes when the user does not say. */
public enum ImportFormat {
    vcard, csv, ical, mbox, eml;

    // A message starts with a header such as "Received: from ..." or "X-Mozilla-Status: 0001".
    private static final java.util.regex.Pattern MAIL_HEADER = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]*: \\S");

    /** The format by its name as a user writes it ("vcf", "ics", "CSV" ...); null when there is none. */
    public static ImportFormat named(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "vcard", "vcf" -> vcard;
            case "csv" -> csv;
            case "ical", "ics", "icalendar", "calendar" -> ical;
            case "mbox" -> mbox;
            case "eml", "email", "message" -> eml;
            default -> null;
        };
    }

    /** The format the content shows, else the one the file name suggests; null when neither tells. */
    public static ImportFormat detect(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\0", "").stripLeading()
                .toUpperCase(Locale.ROOT);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3).stripLeading();
        }
        if (text.startsWith("BEGIN:VCARD")) {
            return vcard;
        }
        if (text.startsWith("BEGIN:VCALENDAR")) {
            return ical;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (text.startsWith("FROM ")) {
            // A "From " line opens every message of an mbox; Thunderbird also puts one atop a saved message.
            return name.endsWith(".eml") || name.endsWith(".txt") ? eml : mbox;
        }
        if (MAIL_HEADER.matcher(text).lookingAt() && !name.endsWith(".csv")) {
            return eml;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : switch (name.substring(dot + 1)) {
            case "vcf", "vcard" -> vcard;
            case "ics", "ical" -> ical;
            case "mbox", "mbx" -> mbox;
            case "eml" -> eml;
            case "csv", "tsv", "txt" -> csv;
            default -> null;
        };
    }

    /** Mail is private to the one who imports it unless they share it; contacts and meetings are shared. */
    public boolean sharedByDefault() {
        return this != mbox && this != eml;
    }
}
