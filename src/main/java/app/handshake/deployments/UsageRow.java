package app.handshake.deployments;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One site's day of usage: active users, and optionally named usage events with their counts. */
public record UsageRow(UUID siteId, LocalDate day, int activeUsers, @Nullable Map<String, Long> events) {}
