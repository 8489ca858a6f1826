package app.handshake.imports.incoming;

import java.util.Locale;

/** An email address with the display name that came with it (may be null). */
public record Address(String email, String name) {

    public Address {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
