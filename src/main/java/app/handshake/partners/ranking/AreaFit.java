package app.handshake.partners.ranking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How well a partner's service areas cover a place: its city 1.0, its region 0.9, its country 0.8, a circle around a
 * point 1 - 0.5 x distance / radius; the best of its areas counts, and none at all excludes the partner.
 */
final class AreaFit {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private AreaFit() {}

    /** One service area as stored: kind city, region, country (by key) or radius (a circle). */
    record Area(String kind, @Nullable String place, @Nullable String placeKey, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable Integer radiusKm) {}

    record Fit(double value, @Nullable String reason) {}

    /** The best fit, or null when no area covers the place. */
    static @Nullable Fit best(Place place, List<Area> areas) {
        Fit best = null;
        for (Area area : areas) {
            Fit fit = of(place, area);
            if (fit != null && (best == null || fit.value() > best.value())) {
                best = fit;
            }
        }
        return best;
    }

    private static @Nullable Fit of(Place place, Area area) {
        String name = area.place() == null ? area.placeKey() : area.place();
        return switch (area.kind()) {
            case "city" -> same(place.city(), area.placeKey()) ? new Fit(1.0, "Works in " + name) : null;
            case "region" -> same(place.region(), area.placeKey()) ? new Fit(0.9, "Works across " + name) : null;
            case "country" -> same(place.country(), area.placeKey()) ? new Fit(0.8, "Works across " + name) : null;
            case "radius" -> radius(place, area);
            default -> null;
        };
    }

    private static @Nullable Fit radius(Place place, Area area) {
        if (!place.hasCentre() || area.latitude() == null || area.longitude() == null || area.radiusKm() == null) {
            return null;
        }
        double km = distanceKm(place.latitude(), place.longitude(), area.latitude(), area.longitude());
        if (km > area.radiusKm()) {
            return null;
        }
        return new Fit(1 - 0.5 * km / area.radiusKm(), "Works within " + area.radiusKm() + " km of "
                + (area.place() == null ? "its base" : area.place()) + ", " + Math.round(km) + " km away");
    }

    private static boolean same(@Nullable String key, @Nullable String areaKey) {
        return key != null && key.equals(areaKey);
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
