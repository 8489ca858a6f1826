package app.handshake.people.web;

import app.handshake.shared.Location;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A location as the API reads and writes it. */
record LocationJson(@Size(max = 100) String city, @Size(max = 100) String region, @Size(max = 100) String country,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    Location toLocation() {
        return new Location(city, region, country, latitude, longitude);
    }

    static LocationJson of(Location location) {
        if (location == null || location.isUnknown()) {
            return null;
        }
        return new LocationJson(location.city(), location.region(), location.country(), location.latitude(),
                location.longitude());
    }

    static Location toLocation(LocationJson json) {
        return json == null ? Location.UNKNOWN : json.toLocation();
    }
}
