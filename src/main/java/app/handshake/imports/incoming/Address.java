package app.handshake.imports.incoming;

import java.util.Locale;

/**
 * An email address with the display name that came with it (may be null): the name without the quotes
 * programs wrap around it, and null when it is only an address.
 */
public record Address(String email, String name) {

    public Address {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        name = DisplayName.of(name, email);
    }
}
