package app.handshake.imports.csv;

import app.handshake.imports.export.SpreadsheetSafe;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingPartner;
import app.handshake.imports.incoming.Origin;
import app.handshake.partners.AreaDraft;
import app.handshake.partners.AreaKind;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.PartnerKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one row of a partners file, refusing with the column named what is no kind, no area or no certification:
 * areas are "city:Minneapolis; region:Minnesota; country:US; radius:44.98,-93.27,50" (latitude, longitude, km),
 * certifications "name|issuer|2027-05-01" separated by ";", issuer and expiry optional.
 */
final class PartnerRow {

    private final Map<PartnerColumn, Integer> columns;

    PartnerRow(Map<PartnerColumn, Integer> columns) {
        this.columns = columns;
    }

    IncomingPartner read(List<String> fields, Origin origin) {
        String name = cell(fields, PartnerColumn.name);
        if (name == null) {
            throw bad(origin, PartnerColumn.name, "must not be empty");
        }
        String organization = cell(fields, PartnerColumn.organization);
        String person = cell(fields, PartnerColumn.person);
        if ((organization == null) == (person == null)) {
            throw bad(origin, PartnerColumn.organization, "give either an organization or a person, not both");
        }
        return new IncomingPartner(origin, name, kind(fields, origin), organization, person,
                list(cell(fields, PartnerColumn.specialties)), areas(fields, origin), cell(fields, PartnerColumn.website),
                cell(fields, PartnerColumn.description), certifications(fields, origin));
    }

    private PartnerKind kind(List<String> fields, Origin origin) {
        String text = cell(fields, PartnerColumn.kind);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "company", "firm", "business" -> PartnerKind.company;
            case "individual", "person", "sole trader", "tradesperson" -> PartnerKind.individual;
            default -> throw bad(origin, PartnerColumn.kind, "\"" + text + "\" is not company or individual");
        };
    }

    private List<AreaDraft> areas(List<String> fields, Origin origin) {
        List<AreaDraft> areas = new ArrayList<>();
        for (String entry : list(cell(fields, PartnerColumn.areas))) {
            int colon = entry.indexOf(':');
            AreaKind kind = colon < 0 ? null : areaKind(entry.substring(0, colon).strip());
            if (kind == null) {
                throw bad(origin, PartnerColumn.areas, "\"" + entry + "\" is not an area such as city:Minneapolis,"
                        + " region:Minnesota, country:US or radius:44.98,-93.27,50");
            }
            String place = entry.substring(colon + 1).strip();
            if (kind != AreaKind.radius) {
                if (place.isEmpty()) {
                    throw bad(origin, PartnerColumn.areas, "\"" + entry + "\" names no " + kind);
                }
                areas.add(new AreaDraft(kind, place, null, null, null));
                continue;
            }
            String[] parts = place.split(",");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                BigDecimal latitude = new BigDecimal(parts[0].strip());
                BigDecimal longitude = new BigDecimal(parts[1].strip());
                int km = Integer.parseInt(parts[2].strip());
                if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0 || km < 1 || km > 20_000) {
                    throw new NumberFormatException();
                }
                areas.add(new AreaDraft(kind, null, latitude, longitude, km));
            } catch (NumberFormatException e) {
                throw bad(origin, PartnerColumn.areas, "\"" + entry + "\" is not a radius such as"
                        + " radius:44.98,-93.27,50 (latitude, longitude, km from 1 to 20000)");
            }
        }
        return areas;
    }

    private static AreaKind areaKind(String text) {
        return Arrays.stream(AreaKind.values()).filter(k -> k.name().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    private List<CertificationDraft> certifications(List<String> fields, Origin origin) {
        List<CertificationDraft> certifications = new ArrayList<>();
        for (String entry : list(cell(fields, PartnerColumn.certifications))) {
            String[] parts = entry.split("\\|", -1);
            String name = parts[0].strip();
            if (name.isEmpty() || parts.length > 3) {
                throw bad(origin, PartnerColumn.certifications, "\"" + entry + "\" is not a certification such as"
                        + " Master Plumber|State of Minnesota|2027-05-01");
            }
            String issuer = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
            LocalDate expires = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    expires = LocalDate.parse(parts[2].strip());
                } catch (DateTimeParseException e) {
                    throw bad(origin, PartnerColumn.certifications, "\"" + parts[2].strip()
                            + "\" is not a date such as 2027-05-01");
                }
            }
            certifications.add(new CertificationDraft(name, issuer, expires));
        }
        return certifications;
    }

    /** A list written "a; b; c", empty entries left out. */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String cell(List<String> fields, PartnerColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = SpreadsheetSafe.unescape(fields.get(index));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BadRecordException bad(Origin origin, PartnerColumn column, String reason) {
        return new BadRecordException(origin, column.name() + (reason.startsWith("\"") ? ": " : " ") + reason);
    }
}
