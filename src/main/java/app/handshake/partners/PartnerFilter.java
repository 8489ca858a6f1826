package app.handshake.partners;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The partners list's filters, any may be null: words of the name, a specialty by id or by any of its terms. */
public record PartnerFilter(@Nullable String q, @Nullable UUID specialtyId, @Nullable String specialty) {}
