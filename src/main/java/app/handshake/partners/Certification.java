package app.handshake.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner's certification; {@code current} when it has no expiry or expires today or later. */
public record Certification(UUID id, String name, @Nullable String issuer, @Nullable LocalDate expiresOn,
        boolean current) {

    static boolean currentOn(@Nullable LocalDate expiresOn, LocalDate today) {
        return expiresOn == null || !expiresOn.isBefore(today);
    }
}
