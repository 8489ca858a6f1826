package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSummary;
import app.handshake.people.Source;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A person as the API shows it. Only what is marked @Nullable may be null (the OpenAPI document says so). */
@NullMarked
record PersonResponse(UUID id, String name, @Nullable String title, @Nullable OrganizationRef organization,
        List<PersonRequest.Email> emails, List<PersonRequest.Phone> phones, @Nullable LocationJson location,
        @Nullable LocalDate birthday, @Nullable String notes, List<String> tags, @Nullable String privateNote,
        @Nullable UserRef owner, Visibility visibility, Source source, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** The name is null when the caller may not see the organization. */
    record OrganizationRef(UUID id, @Nullable String name) {}

    record UserRef(UUID id, String name) {

        static @Nullable UserRef of(@Nullable UUID id, String name) {
            return id == null ? null : new UserRef(id, name);
        }
    }

    /** One line of the people list. */
    record Line(UUID id, String name, @Nullable String title, @Nullable OrganizationRef organization,
            @Nullable String email, @Nullable String city, @Nullable String country, Visibility visibility,
            List<String> tags, @Nullable Integer score, @Nullable String tier) {

        static Line of(PersonSummary p) {
            return new Line(p.id(), p.name(), p.title(),
                    p.organizationId() == null ? null : new OrganizationRef(p.organizationId(), p.organizationName()),
                    p.email(), p.city(), p.country(), p.visibility(), p.tags(), p.score(), p.tier());
        }
    }

    static PersonResponse of(PersonDetails p) {
        return new PersonResponse(p.id(), p.name(), p.title(),
                p.organizationId() == null ? null : new OrganizationRef(p.organizationId(), p.organizationName()),
                p.emails().stream().map(e -> new PersonRequest.Email(e.value(), e.label())).toList(),
                p.phones().stream().map(e -> new PersonRequest.Phone(e.value(), e.label())).toList(),
                LocationJson.of(p.location()), p.birthday(), p.notes(), p.tags(), p.privateNote(),
                UserRef.of(p.ownerId(), p.ownerName()), p.visibility(), p.source(), p.createdAt(), p.updatedAt(),
                p.version());
    }
}
