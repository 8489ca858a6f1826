package app.handshake.imports.incoming;

import app.handshake.partners.AreaDraft;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.PartnerKind;
import java.util.List;

/**
 * A partner from a spreadsheet, as the file names things: its organization (by name or web domain) or its person (by
 * e-mail address or name), its specialties by any word of the vocabulary, before they are matched to what the
 * workspace holds. Areas and certifications are read already: they belong to the partner alone.
 */
public record IncomingPartner(Origin origin, String name, PartnerKind kind, String organization, String person,
        List<String> specialties, List<AreaDraft> areas, String website, String description,
        List<CertificationDraft> certifications) implements Incoming {

    public IncomingPartner {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        areas = areas == null ? List.of() : List.copyOf(areas);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }
}
