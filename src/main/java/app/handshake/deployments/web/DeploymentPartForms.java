package app.handshake.deployments.web;

import app.handshake.deployments.MilestoneDraft;
import app.handshake.deployments.ObstacleDraft;
import app.handshake.deployments.PartnerDraft;
import app.handshake.deployments.SiteDraft;
import app.handshake.platform.web.FormFields;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Location;
import app.handshake.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the deployment page, as typed: numbers and days arrive as text so that a refusal names the field in
 * words and the form comes back with what was typed.
 */
final class DeploymentPartForms {

    static final FormFields SITE = FormFields.of().field("name", "site-name", "Site name")
            .field("city", "site-city", "City").field("country", "site-country", "Country")
            .field("licensedSeats", "site-seats", "Licensed seats").field("goLiveOn", "site-go-live", "Go-live");
    static final FormFields MILESTONE = FormFields.of().field("name", "milestone-name", "Milestone")
            .field("dueOn", "milestone-due", "Due");
    static final FormFields OBSTACLE = FormFields.of().field("description", "obstacle-description", "What stands in the way")
            .field("siteId", "obstacle-site", "Site");
    static final FormFields PARTNER = FormFields.of().field("organizationId", "partner-organization", "Partner")
            .field("role", "partner-role", "Role");
    static final FormFields DEPLOYMENT = FormFields.of().field("name", "name", "Name")
            .field("organizationId", "organizationId", "Organization");

    private DeploymentPartForms() {}

    record SiteForm(@Nullable String name, @Nullable String city, @Nullable String country,
            @Nullable String licensedSeats, @Nullable String goLiveOn) {

        SiteDraft toDraft() {
            Location place = Text.trimToNull(city) == null && Text.trimToNull(country) == null ? null
                    : new Location(Text.trimToNull(city), null, Text.trimToNull(country), null, null);
            return new SiteDraft(required("name", name), place, seats(), day("goLiveOn", goLiveOn), null, null);
        }

        private int seats() {
            String typed = Text.trimToNull(licensedSeats);
            if (typed == null) {
                throw new InvalidRequestException("licensedSeats", "is required: how many people may use it");
            }
            try {
                return Integer.parseInt(typed.replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("licensedSeats", "must be a whole number, such as 40");
            }
        }
    }

    record MilestoneForm(@Nullable String name, @Nullable String dueOn) {

        MilestoneDraft toDraft() {
            return new MilestoneDraft(required("name", name), day("dueOn", dueOn), null, null);
        }
    }

    record ObstacleForm(@Nullable String description, @Nullable UUID siteId, @Nullable Boolean blocking) {

        ObstacleDraft toDraft(UUID ownerId) {
            return new ObstacleDraft(required("description", description), siteId, ownerId,
                    Boolean.TRUE.equals(blocking), null);
        }
    }

    record PartnerForm(@Nullable UUID organizationId, @Nullable String role) {

        PartnerDraft toDraft() {
            if (organizationId == null) {
                throw new InvalidRequestException("organizationId", "is required: choose the partner's organization");
            }
            return new PartnerDraft(organizationId, null, role);
        }
    }

    record DeploymentForm(@Nullable String name, @Nullable UUID organizationId) {}

    private static String required(String field, @Nullable String typed) {
        String clean = Text.trimToNull(typed);
        if (clean == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return clean;
    }

    private static @Nullable LocalDate day(String field, @Nullable String typed) {
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
}
