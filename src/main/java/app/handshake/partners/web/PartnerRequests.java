package app.handshake.partners.web;

import app.handshake.partners.AreaDraft;
import app.handshake.partners.AreaKind;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.EndorsementDraft;
import app.handshake.partners.PartnerDraft;
import app.handshake.partners.PartnerKind;
import app.handshake.partners.ReferralDirection;
import app.handshake.partners.ReferralDraft;
import app.handshake.partners.ReferralOutcome;
import app.handshake.partners.SpecialtyDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bodies the partners API takes: what a user may write, never an id, a version, a creator or a recorder (a
 * body naming one is refused as an unknown field).
 */
final class PartnerRequests {

    private PartnerRequests() {}

    record Partner(@Nullable UUID organizationId, @Nullable UUID personId, @Nullable PartnerKind kind,
            @Size(max = 200) @Nullable String name, @Size(max = 4000) @Nullable String description,
            @Size(max = 500) @Nullable String website) {

        PartnerDraft toDraft() {
            return new PartnerDraft(organizationId, personId, kind, name, description, website);
        }
    }

    /** Specialties by any term of the vocabulary, or by id. */
    record Specialties(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> specialties) {}

    record Area(@NotNull AreaKind kind, @Size(max = 200) @Nullable String place, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, @Nullable Integer radiusKm) {

        AreaDraft toDraft() {
            return new AreaDraft(kind, place, latitude, longitude, radiusKm);
        }
    }

    record Certification(@NotBlank @Size(max = 200) String name, @Size(max = 200) @Nullable String issuer,
            @Nullable LocalDate expiresOn) {

        CertificationDraft toDraft() {
            return new CertificationDraft(name, issuer, expiresOn);
        }
    }

    record Contact(@NotNull UUID personId, @Size(max = 200) @Nullable String role) {}

    record Endorsement(@Nullable UUID endorserPersonId, @Nullable UUID endorserUserId, @Nullable LocalDate endorsedOn,
            @Size(max = 2000) @Nullable String said, @NotNull @Min(1) @Max(5) Integer rating,
            @Nullable UUID specialtyId) {

        EndorsementDraft toDraft() {
            return new EndorsementDraft(endorserPersonId, endorserUserId, endorsedOn, said, rating, specialtyId);
        }
    }

    record Referral(@NotNull UUID partnerId, @NotNull ReferralDirection direction, @Nullable UUID personId,
            @Nullable UUID specialtyId, @Size(max = 500) @Nullable String need, @Nullable LocalDate referredOn,
            @Nullable ReferralOutcome outcome, @Nullable LocalDate outcomeOn) {

        ReferralDraft toDraft() {
            return new ReferralDraft(partnerId, direction, personId, specialtyId, need, referredOn, outcome, outcomeOn);
        }
    }

    /** What came of a referral; a null outcome says nothing yet. */
    record Outcome(@Nullable ReferralOutcome outcome, @Nullable LocalDate outcomeOn) {}

    record Specialty(@NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> synonyms) {

        SpecialtyDraft toDraft() {
            return new SpecialtyDraft(name, synonyms);
        }
    }
}
