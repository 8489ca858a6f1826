package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.util.List;
import java.util.UUID;

/** One line of a people list. */
public record PersonSummary(UUID id, String name, String title, UUID organizationId, String organizationName,
        String email, String city, String country, Visibility visibility, List<String> tags) {}
