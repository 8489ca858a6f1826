package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One line of a people list; score, tier and last touch are the team's relationship today, when known (the
 * last touch is of the touchpoints the team's score counts: shared ones, involving nothing private).
 */
public record PersonSummary(UUID id, String name, String title, UUID organizationId, String organizationName,
        String email, String city, String country, Visibility visibility, List<String> tags, Integer score,
        String tier, OffsetDateTime lastTouchAt) {}
