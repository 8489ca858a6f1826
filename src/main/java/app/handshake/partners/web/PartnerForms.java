package app.handshake.partners.web;

import app.handshake.partners.AreaDraft;
import app.handshake.partners.AreaKind;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.EndorsementDraft;
import app.handshake.partners.PartnerDraft;
import app.handshake.partners.PartnerKind;
import app.handshake.partners.ReferralDirection;
import app.handshake.partners.ReferralDraft;
import app.handshake.platform.web.FormFields;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The partner pages' forms, as typed: numbers and days arrive as text so that a refusal names the field in words
 * and the form comes back with what was typed.
 */
final class PartnerForms {

    static final FormFields PARTNER = FormFields.of().field("organizationId", "organizationId", "Organization")
            .field("personId", "personId", "Person").field("name", "name", "Name").field("kind", "kind", "Kind")
            .field("website", "website", "Website").field("description", "description", "Description");
    static final FormFields AREA = FormFields.of().field("kind", "area-kind", "Kind of area")
            .field("place", "area-place", "Place").field("latitude", "area-latitude", "Latitude")
            .field("longitude", "area-longitude", "Longitude").field("radiusKm", "area-radius", "Radius");
    static final FormFields CERTIFICATION = FormFields.of().field("name", "certification-name", "Certification")
            .field("issuer", "certification-issuer", "Issuer").field("expiresOn", "certification-expires", "Expires");
    static final FormFields CONTACT = FormFields.of().field("personId", "contact-person", "Contact")
            .field("role", "contact-role", "Role");
    static final FormFields ENDORSEMENT = FormFields.of().field("endorserPersonId", "endorsement-person", "Who")
            .field("partnerId", "endorsement-partner", "Partner")
            .field("specialtyId", "endorsement-specialty", "Specialty").field("rating", "endorsement-rating", "Rating")
            .field("said", "endorsement-said", "What they said").field("endorsedOn", "endorsement-on", "When");
    static final FormFields REFERRAL = FormFields.of().field("direction", "referral-direction", "Direction")
            .field("personId", "referral-person", "Person").field("need", "referral-need", "Need")
            .field("referredOn", "referral-on", "When");
    static final FormFields SPECIALTY = FormFields.of().field("name", "specialty-name", "Name")
            .field("synonyms", "specialty-synonyms", "Synonyms");

    private PartnerForms() {}

    record PartnerForm(@Nullable UUID organizationId, @Nullable UUID personId, @Nullable PartnerKind kind,
            @Nullable String name, @Nullable String website, @Nullable String description) {

        PartnerDraft toDraft() {
            return new PartnerDraft(organizationId, personId, kind, name, description, website);
        }
    }

    record AreaForm(@Nullable AreaKind kind, @Nullable String place, @Nullable String latitude,
            @Nullable String longitude, @Nullable String radiusKm) {

        AreaDraft toDraft() {
            return new AreaDraft(kind, place, decimal("latitude", latitude), decimal("longitude", longitude),
                    radiusKm == null || radiusKm.isBlank() ? null : whole("radiusKm", radiusKm));
        }
    }

    record CertificationForm(@Nullable String name, @Nullable String issuer, @Nullable String expiresOn) {

        CertificationDraft toDraft() {
            return new CertificationDraft(required("name", name), issuer, day("expiresOn", expiresOn));
        }
    }

    record ContactForm(@Nullable UUID personId, @Nullable String role) {

        UUID person() {
            if (personId == null) {
                throw new InvalidRequestException("personId", "is required: choose the person");
            }
            return personId;
        }
    }

    record EndorsementForm(@Nullable UUID endorserPersonId, @Nullable UUID partnerId, @Nullable UUID specialtyId,
            @Nullable String rating, @Nullable String said, @Nullable String endorsedOn) {

        EndorsementDraft toDraft() {
            if (endorserPersonId == null) {
                throw new InvalidRequestException("endorserPersonId", "is required: choose who recommended them");
            }
            return new EndorsementDraft(endorserPersonId, null, day("endorsedOn", endorsedOn), said,
                    rating == null || rating.isBlank() ? null : whole("rating", rating), specialtyId);
        }

        UUID partner() {
            if (partnerId == null) {
                throw new InvalidRequestException("partnerId", "is required: choose the partner");
            }
            return partnerId;
        }
    }

    record ReferralForm(@Nullable ReferralDirection direction, @Nullable UUID personId, @Nullable String need,
            @Nullable String referredOn) {

        ReferralDraft toDraft(UUID partnerId) {
            return new ReferralDraft(partnerId, direction, personId, null, need, day("referredOn", referredOn),
                    null, null);
        }
    }

    record SpecialtyForm(@Nullable String name, @Nullable String synonyms, @Nullable Long version) {

        java.util.List<String> synonymList() {
            return synonyms == null ? java.util.List.of()
                    : java.util.Arrays.stream(synonyms.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static String required(String field, @Nullable String typed) {
        String clean = Text.trimToNull(typed);
        if (clean == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return clean;
    }

    static @Nullable LocalDate day(String field, @Nullable String typed) {
        String clean = Text.trimToNull(typed);
        if (clean == null) {
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a day, such as 2027-03-01");
        }
    }

    private static int whole(String field, String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a whole number");
        }
    }

    private static @Nullable BigDecimal decimal(String field, @Nullable String typed) {
        String clean = Text.trimToNull(typed);
        if (clean == null) {
            return null;
        }
        try {
            return new BigDecimal(clean.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a number, such as 44.98");
        }
    }
}
