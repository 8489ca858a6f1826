package app.handshake.imports.csv;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of a partners file by the header row's names (any case; spaces, hyphens and underscores alike). The
 * partners export writes these and an id, which is not read back: a partner is found by its organization or person.
 */
public enum PartnerColumn {
    name, kind, organization, person, specialties, areas, website, description, certifications;

    static Map<PartnerColumn, Integer> of(List<String> header) {
        Map<PartnerColumn, Integer> columns = new EnumMap<>(PartnerColumn.class);
        for (int i = 0; i < header.size(); i++) {
            PartnerColumn column = named(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    static PartnerColumn named(String header) {
        if (header == null) {
            return null;
        }
        return switch (header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replaceFirst("^\\W+", "")) {
            case "name", "partner", "partner_name" -> name;
            case "kind", "type" -> kind;
            case "organization", "organisation", "company", "domain" -> organization;
            case "person", "email", "e_mail", "contact" -> person;
            case "specialties", "specialty", "specialities", "trades" -> specialties;
            case "areas", "area", "service_areas" -> areas;
            case "website", "web", "url" -> website;
            case "description", "notes" -> description;
            case "certifications", "certification", "certificates" -> certifications;
            default -> null;
        };
    }

    static String all() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
