package app.handshake.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certification as a user gives it. */
public record CertificationDraft(String name, @Nullable String issuer, @Nullable LocalDate expiresOn) {}
