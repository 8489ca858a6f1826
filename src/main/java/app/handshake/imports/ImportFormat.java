package app.handshake.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of file Handshake imports; told from the name and the first bytes when the user does not say.
 * {@code csv} holds contacts; {@code deals} is a CSV of deals and {@code usage} a CSV of a deployment's daily
 * usage (site, day, active users); {@code partners} and {@code endorsements} are CSVs of the partners the team
 * recommends and who recommended them. Each is chosen by name or told from its header.
 */
public enum ImportFormat {
    vcard, csv, ical, mbox, eml, deals, usage, partners, endorsements;

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
            case "deals", "deals-csv", "deals_csv", "deals (csv)" -> deals;
            case "usage", "usage-csv", "usage_csv", "usage (csv)" -> usage;
            case "partners", "partners-csv", "partners_csv", "partners (csv)" -> partners;
            case "endorsements", "endorsements-csv", "endorsements_csv", "endorsements (csv)" -> endorsements;
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
            case "csv", "tsv", "txt" -> dealsHeader(text) ? deals : usageHeader(text) ? usage
                    : endorsementsHeader(text) ? endorsements : partnersHeader(text) ? partners : csv;
            default -> null;
        };
    }

    /**
     * A header row naming a deal's stage and outcome or value is a deals file: no contacts export has a column
     * "stage", and reading a deals file as contacts would make people of the deals' names.
     */
    private static boolean dealsHeader(String upperText) {
        java.util.Set<String> columns = headerColumns(upperText);
        return columns.contains("NAME") && columns.contains("STAGE")
                && (columns.contains("OUTCOME") || columns.contains("VALUE") || columns.contains("VALUE_MINOR_UNITS"));
    }

    /** A header row naming a site, a day and active users is a deployment's usage, not contacts. */
    private static boolean usageHeader(String upperText) {
        java.util.Set<String> columns = headerColumns(upperText);
        return columns.contains("SITE") && (columns.contains("DAY") || columns.contains("DATE"))
                && (columns.contains("ACTIVE USERS") || columns.contains("ACTIVE_USERS")
                        || columns.contains("ACTIVEUSERS"));
    }

    /** A partner, an endorser and a rating: no contacts export has these three. */
    private static boolean endorsementsHeader(String upperText) {
        java.util.Set<String> columns = headerColumns(upperText);
        return columns.contains("PARTNER") && columns.contains("ENDORSER") && columns.contains("RATING");
    }

    /** A name with a kind and specialties or areas is a partners file: no contacts export has these. */
    private static boolean partnersHeader(String upperText) {
        java.util.Set<String> columns = headerColumns(upperText);
        return columns.contains("NAME") && columns.contains("KIND")
                && (columns.contains("SPECIALTIES") || columns.contains("AREAS"));
    }

    private static java.util.Set<String> headerColumns(String upperText) {
        int end = upperText.indexOf('\n');
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (String column : (end < 0 ? upperText : upperText.substring(0, end)).split("[,;\t]")) {
            // A byte order mark, read here as Latin-1 and upper-cased, is no part of the first column's name.
            columns.add(column.replace("\"", "").strip().replaceFirst("^[^A-Z_]+", ""));
        }
        return columns;
    }

    /** As the import page offers it. */
    public String label() {
        return switch (this) {
            case deals -> "Deals (CSV)";
            case usage -> "Usage (CSV)";
            case partners -> "Partners (CSV)";
            case endorsements -> "Endorsements (CSV)";
            default -> name();
        };
    }

    /** Usage goes into one deployment, which the user chooses: the file names only its sites. */
    public boolean needsDeployment() {
        return this == usage;
    }

    /** Mail is private to the one who imports it unless they share it; contacts and meetings are shared. */
    public boolean sharedByDefault() {
        return this != mbox && this != eml;
    }
}
