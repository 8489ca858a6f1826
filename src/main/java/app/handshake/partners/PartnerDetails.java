package app.handshake.partners;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partner as its reader may know it: contacts the reader may not see are left out, and endorsements are counted
 * only when the reader may see who gave them.
 */
public record PartnerDetails(UUID id, long version, String name, PartnerKind kind, @Nullable UUID organizationId,
        @Nullable UUID personId, @Nullable String description, @Nullable String website, UUID createdBy,
        List<SpecialtyName> specialties, List<ServiceArea> areas, List<Certification> certifications,
        List<Contact> contacts, long endorsementCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A specialty as a partner lists it. */
    public record SpecialtyName(UUID id, String name) {}

    /** Someone to talk to at the partner, and their role there. */
    public record Contact(UUID personId, String name, @Nullable String role) {}
}
