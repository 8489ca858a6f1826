package app.handshake.partners.ranking;

import app.handshake.shared.InvalidRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code near=} into a {@link Place}: "lat,lon" is a point; a name is looked up in the workspace's own
 * addresses (organization sites and people), as a city first, then a region, then a country. A city brings the
 * region and country most of its addresses give and the average of their coordinates as its centre. Every address
 * is used, whoever may see it: only the place comes out, never whose address it was. A name no address carries
 * but a partner's service area does is still known, by that name alone.
 */
@Component
class Places {

    private static final Pattern POINT = Pattern.compile("^\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Address(@Nullable String city, @Nullable String region, @Nullable String country,
            @Nullable Double latitude, @Nullable Double longitude) {}

    /** The place, or empty when the workspace knows no place of that name. */
    Optional<Place> resolve(String near) {
        Matcher point = POINT.matcher(near);
        if (point.matches()) {
            double latitude = Double.parseDouble(point.group(1));
            double longitude = Double.parseDouble(point.group(2));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new InvalidRequestException("near", "is not a point on Earth (latitude,longitude)");
            }
            return Optional.of(new Place(near.strip(), null, null, null, latitude, longitude));
        }
        String key = NeedWords.key(near);
        for (String level : List.of("city", "region", "country")) {
            List<Address> found = addresses(level, key);
            if (!found.isEmpty()) {
                return Optional.of(place(near.strip(), level, key, found));
            }
        }
        return jdbc.sql("select kind from partner_area where place_key = :key and kind <> 'radius' fetch first 1 rows only")
                .param("key", key).query(String.class).optional()
                .map(kind -> new Place(near.strip(), kind.equals("city") ? key : null, kind.equals("region") ? key : null,
                        kind.equals("country") ? key : null, null, null));
    }

    private List<Address> addresses(String level, String key) {
        // The level is one of three column names chosen above, never the request's words. The people module keeps
        // each name lower-cased beside it (city_key and so on, indexed): a lookup, not a scan of every address.
        return jdbc.sql("""
                select city, region, country, latitude, longitude from organization_site where %1$s_key = :key
                union all
                select city, region, country, latitude, longitude from person where %1$s_key = :key
                """.formatted(level))
                .param("key", key)
                .query((rs, n) -> new Address(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getDouble(4), rs.getObject(5) == null ? null : rs.getDouble(5)))
                .list();
    }

    private static Place place(String asked, String level, String key, List<Address> found) {
        Address first = found.getFirst();
        String asWritten = level.equals("city") ? first.city() : level.equals("region") ? first.region() : first.country();
        String region = level.equals("city") ? mostCommon(found, Address::region) : null;
        String country = level.equals("country") ? asWritten : mostCommon(found, Address::country);
        List<Address> located = found.stream().filter(a -> a.latitude() != null && a.longitude() != null).toList();
        Double latitude = null;
        Double longitude = null;
        // A centre only for a city: the middle of a region or a country is nowhere in particular.
        if (level.equals("city") && !located.isEmpty()) {
            latitude = located.stream().mapToDouble(Address::latitude).average().orElseThrow();
            longitude = located.stream().mapToDouble(Address::longitude).average().orElseThrow();
        }
        String shown = String.join(", ", java.util.stream.Stream.of(level.equals("city") ? asWritten : null,
                level.equals("region") ? asWritten : region, country).filter(java.util.Objects::nonNull).toList());
        return new Place(asked, level.equals("city") ? key : null, keyOf(level.equals("region") ? asWritten : region),
                keyOf(country), latitude, longitude, shown);
    }

    private static @Nullable String keyOf(@Nullable String words) {
        return words == null ? null : NeedWords.key(words);
    }

    /** The most common spelling of a part among the addresses (counted by key), as first written. */
    private static @Nullable String mostCommon(List<Address> found, Function<Address, @Nullable String> part) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Address address : found) {
            String value = part.apply(address);
            if (value != null && !value.isBlank()) {
                counts.merge(NeedWords.key(value), 1, Integer::sum);
                spelling.putIfAbsent(NeedWords.key(value), value.strip());
            }
        }
        // The most common; between equals the first by name, so the same addresses always give the same answer.
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)
                    || (entry.getValue().equals(counts.get(best)) && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
            }
        }
        return best == null ? null : spelling.get(best);
    }
}
