package app.handshake.partners.ranking;

import org.jspecify.annotations.Nullable;

/**
 * Where a search asks for partners: a named place resolved through the workspace's addresses (its city, region and
 * country keys, lower-cased, and a centre), or a bare point. Any part may be unknown. {@code shown} is the same
 * place as the addresses spell it ("Minneapolis, Minnesota, USA"), empty when only the keys are known.
 */
public record Place(String asked, @Nullable String city, @Nullable String region, @Nullable String country,
        @Nullable Double latitude, @Nullable Double longitude, String shown) {

    Place(String asked, @Nullable String city, @Nullable String region, @Nullable String country,
            @Nullable Double latitude, @Nullable Double longitude) {
        this(asked, city, region, country, latitude, longitude, "");
    }

    boolean hasCentre() {
        return latitude != null && longitude != null;
    }

    /** In words for the answer: "Minneapolis, Minnesota, USA", or "44.98, -93.27" for a bare point. */
    public String described() {
        if (!shown.isEmpty()) {
            return shown;
        }
        StringBuilder words = new StringBuilder();
        for (String part : new String[] {city, region, country}) {
            if (part != null) {
                words.append(words.isEmpty() ? "" : ", ").append(part);
            }
        }
        if (words.isEmpty() && hasCentre()) {
            words.append(String.format(java.util.Locale.ROOT, "%.4f, %.4f", latitude, longitude));
        }
        return words.toString();
    }
}
