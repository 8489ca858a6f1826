package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A planned meeting as its readers see it: who will meet whom, when, how and why; and, once logged, the touchpoint
 * that made it happen. The deal is named only to a reader who may see it.
 */
@NullMarked
public record PlannedTouchpoint(UUID id, long version, PlannedStatus status, Channel channel, OffsetDateTime plannedAt,
        @Nullable String purpose, List<TouchpointDetails.Participant> people, UUID assigneeId, String assigneeName,
        List<TouchpointDetails.Participant> joiningUsers, @Nullable UUID organizationId, @Nullable UUID dealId,
        @Nullable String dealName, @Nullable String originKind, @Nullable String originRef,
        @Nullable UUID touchpointId, UUID createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Whether this user will be there: the assignee or a colleague joining. */
    public boolean involves(UUID userId) {
        return assigneeId.equals(userId) || joiningUsers.stream().anyMatch(u -> u.id().equals(userId));
    }

    /** "Anna Berg", "Anna Berg and Bruno Costa", "Anna Berg and 2 more". */
    public String names() {
        return switch (people.size()) {
            case 0 -> "them";
            case 1 -> people.getFirst().name();
            case 2 -> people.get(0).name() + " and " + people.get(1).name();
            default -> people.getFirst().name() + " and " + (people.size() - 1) + " more";
        };
    }

    PlannedTouchpoint withDeal(@Nullable UUID deal, @Nullable String name) {
        return new PlannedTouchpoint(id, version, status, channel, plannedAt, purpose, people, assigneeId, assigneeName,
                joiningUsers, organizationId, deal, name, originKind, originRef, touchpointId, createdBy, createdAt,
                updatedAt);
    }

    PlannedTouchpoint withParticipants(List<TouchpointDetails.Participant> persons,
            List<TouchpointDetails.Participant> users) {
        return new PlannedTouchpoint(id, version, status, channel, plannedAt, purpose, persons, assigneeId,
                assigneeName, users, organizationId, dealId, dealName, originKind, originRef, touchpointId, createdBy,
                createdAt, updatedAt);
    }
}
