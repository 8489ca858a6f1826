package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.PersonDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT /api/people. Only what a user may set: no id, owner, source or dates.
 * {@code visibility} and {@code privateNote} (the caller's own note) are kept as they are when left out.
 */
record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        UUID organizationId,
        @Size(max = 20) List<@NotNull @Valid Email> emails,
        @Size(max = 20) List<@NotNull @Valid Phone> phones,
        @Valid LocationJson location,
        @Past LocalDate birthday,
        @Size(max = 10000) String notes,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        Visibility visibility,
        @Size(max = 10000) String privateNote) {

    static final String EMAIL_SHAPE = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @NullMarked
    record Email(@NotBlank @Size(max = 254) @Pattern(regexp = EMAIL_SHAPE, message = "is not an email address")
            String address, @Size(max = 40) @Nullable String label) {}

    @NullMarked
    record Phone(@NotBlank @Size(max = 40) @Pattern(regexp = "^[0-9+()./ x#*-]+$",
            message = "may hold digits, spaces and + ( ) . / - x # * only") String number,
            @Size(max = 40) @Nullable String label) {}

    PersonDraft toDraft() {
        return new PersonDraft(name, title, organizationId,
                emails == null ? null : emails.stream()
                        .map(e -> new PersonDraft.LabelledValue(e.address(), e.label())).toList(),
                phones == null ? null : phones.stream()
                        .map(p -> new PersonDraft.LabelledValue(p.number(), p.label())).toList(),
                LocationJson.toLocation(location), birthday, notes, tags, visibility, privateNote);
    }
}
