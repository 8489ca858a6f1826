package app.handshake.deployments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A day a site (or, with no site, the whole deployment) reached or lost active use. */
public record ActiveUseChange(LocalDate day, @Nullable UUID siteId, @Nullable String siteName, boolean reached) {}
