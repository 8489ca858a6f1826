package app.handshake.imports.csv;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The columns of an endorsements file by the header row's names (any case; spaces, hyphens and underscores alike). */
public enum EndorsementColumn {
    partner, endorser, date, rating, said, specialty;

    static Map<EndorsementColumn, Integer> of(List<String> header) {
        Map<EndorsementColumn, Integer> columns = new EnumMap<>(EndorsementColumn.class);
        for (int i = 0; i < header.size(); i++) {
            EndorsementColumn column = named(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    static EndorsementColumn named(String header) {
        if (header == null) {
            return null;
        }
        return switch (header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replaceFirst("^\\W+", "")) {
            case "partner", "partner_name" -> partner;
            case "endorser", "endorsed_by", "by" -> endorser;
            case "date", "endorsed_on", "day" -> date;
            case "rating", "stars" -> rating;
            case "said", "words", "comment", "quote" -> said;
            case "specialty", "speciality", "for" -> specialty;
            default -> null;
        };
    }

    static String all() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
