package app.handshake.people;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Location;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything one user may know about one person, as other modules and the pages read it. The private
 * note is that user's own; nobody else's is ever in here.
 */
public record PersonDetails(UUID id, long version, UUID ownerId, String ownerName, Visibility visibility,
        String name, String title, UUID organizationId, String organizationName,
        List<PersonDraft.LabelledValue> emails, List<PersonDraft.LabelledValue> phones, Location location,
        LocalDate birthday, String notes, List<String> tags, String privateNote, Source source,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The draft that would store this person unchanged: the starting point of an edit. */
    public PersonDraft toDraft() {
        return new PersonDraft(name, title, organizationId, emails, phones, location, birthday, notes, tags,
                visibility, privateNote);
    }
}
