package app.handshake.shared;

import java.math.BigDecimal;

/** Where someone or something is: city, region, country and, when known, coordinates. */
public record Location(String city, String region, String country, BigDecimal latitude, BigDecimal longitude) {

    public static final Location UNKNOWN = new Location(null, null, null, null, null);

    public Location {
        city = Text.trimToNull(city);
        region = Text.trimToNull(region);
        country = Text.trimToNull(country);
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidRequestException("location", "latitude and longitude go together: give both or neither");
        }
        if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new InvalidRequestException("location.latitude", "must be between -90 and 90");
        }
        if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new InvalidRequestException("location.longitude", "must be between -180 and 180");
        }
        // Six decimals (about 10 cm) is what is stored; say so at once rather than round later.
        latitude = latitude == null ? null : latitude.setScale(6, java.math.RoundingMode.HALF_UP);
        longitude = longitude == null ? null : longitude.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    public boolean isUnknown() {
        return city == null && region == null && country == null && latitude == null;
    }

    /** "Minneapolis, MN, US" with the parts that are known. */
    public String label() {
        return String.join(", ", java.util.stream.Stream.of(city, region, country)
                .filter(java.util.Objects::nonNull).toList());
    }
}
