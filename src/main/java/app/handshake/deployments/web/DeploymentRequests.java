package app.handshake.deployments.web;

import app.handshake.accounts.Visibility;
import app.handshake.deployments.DeploymentDraft;
import app.handshake.deployments.DeploymentSettings;
import app.handshake.deployments.MilestoneDraft;
import app.handshake.deployments.MilestoneStatus;
import app.handshake.deployments.ObstacleDraft;
import app.handshake.deployments.PartnerDraft;
import app.handshake.deployments.SiteDraft;
import app.handshake.deployments.UsageRow;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Location;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies the deployments API takes: what a user may write, never an owner, a health or a day of active use. */
final class DeploymentRequests {

    private DeploymentRequests() {}

    record Deployment(@NotBlank @Size(max = 200) String name, @Nullable UUID organizationId,
            @Nullable Visibility visibility, @Nullable LocalDate startedOn, @Size(max = 10000) @Nullable String notes) {

        DeploymentDraft toDraft() {
            return new DeploymentDraft(name, organizationId, visibility, startedOn, notes);
        }
    }

    record Place(@Size(max = 200) @Nullable String city, @Size(max = 200) @Nullable String region,
            @Size(max = 100) @Nullable String country, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {}

    record Site(@NotBlank @Size(max = 200) String name, @Nullable Place location, @NotNull Integer licensedSeats,
            @Nullable LocalDate goLiveOn, @Nullable UUID customerPersonId, @Nullable UUID teamUserId) {

        SiteDraft toDraft() {
            Location place = location == null ? null
                    : new Location(location.city(), location.region(), location.country(), location.latitude(),
                            location.longitude());
            return new SiteDraft(name, place, licensedSeats, goLiveOn, customerPersonId, teamUserId);
        }
    }

    record Milestone(@NotBlank @Size(max = 200) String name, @Nullable LocalDate dueOn,
            @Nullable MilestoneStatus status, @Nullable LocalDate doneOn) {

        MilestoneDraft toDraft() {
            return new MilestoneDraft(name, dueOn, status, doneOn);
        }
    }

    record Obstacle(@NotBlank @Size(max = 2000) String description, @Nullable UUID siteId, @Nullable UUID ownerId,
            @Nullable Boolean blocking, @Nullable Boolean resolved) {

        ObstacleDraft toDraft() {
            return new ObstacleDraft(description, siteId, ownerId, Boolean.TRUE.equals(blocking), resolved);
        }
    }

    record Partner(@Nullable UUID organizationId, @Nullable UUID personId, @Size(max = 200) @Nullable String role) {

        PartnerDraft toDraft() {
            return new PartnerDraft(organizationId, personId, role);
        }
    }

    /** One site's day; counts are checked row by row so that a refusal names its row. */
    record UsageDay(@Nullable UUID siteId, @Nullable LocalDate day, @Nullable Integer activeUsers,
            @Nullable Map<String, Long> events) {}

    record Usage(@NotNull List<UsageDay> rows) {

        List<UsageRow> toRows() {
            List<UsageRow> list = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                UsageDay row = rows.get(i);
                if (row == null || row.activeUsers() == null) {
                    throw new InvalidRequestException("rows[" + i + "].activeUsers", "row " + (i + 1)
                            + ": active users are missing");
                }
                list.add(new UsageRow(row.siteId(), row.day(), row.activeUsers(), row.events()));
            }
            return list;
        }
    }

    record Settings(@NotNull Integer activeSharePercent, @NotNull Integer activeDays, @NotNull Integer obstacleDays,
            @NotNull Integer fallingDays, @NotNull Integer stalledDays) {

        DeploymentSettings toSettings() {
            return new DeploymentSettings(activeSharePercent, activeDays, obstacleDays, fallingDays, stalledDays);
        }
    }
}
