package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.util.List;
import java.util.UUID;

/** One line of a people list; score and tier are the team's relationship today, when known. */
public record PersonSummary(UUID id, String name, String title, UUID organizationId, String organizationName,
        String email, String city, String country, Visibility visibility, List<String> tags, Integer score,
        String tier) {}
