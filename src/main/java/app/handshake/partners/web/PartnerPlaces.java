package app.handshake.partners.web;

import app.handshake.partners.AreaKind;
import app.handshake.partners.ServiceArea;
import java.util.List;
import java.util.stream.Collectors;

/** Where a partner works, in words for a line of the page: "Minneapolis, Minnesota · within 30 km". */
final class PartnerPlaces {

    private PartnerPlaces() {}

    static String of(List<ServiceArea> areas) {
        return areas.stream().map(PartnerPlaces::of).collect(Collectors.joining(" · "));
    }

    static String of(ServiceArea area) {
        if (area.kind() == AreaKind.radius) {
            return "within " + area.radiusKm() + " km of " + (area.place() != null ? area.place()
                    : area.latitude().stripTrailingZeros().toPlainString() + ", "
                            + area.longitude().stripTrailingZeros().toPlainString());
        }
        return area.place();
    }
}
