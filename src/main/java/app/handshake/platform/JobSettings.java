package app.handshake.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background jobs (imports, the reminder run), under {@code handshake.jobs}: how often a running job says
 * it is alive, after how long without a sign of life it counts as abandoned, and how long a normal stop
 * waits for a job to wind down.
 */
@ConfigurationProperties("handshake.jobs")
public record JobSettings(@DefaultValue("20s") Duration heartbeat, @DefaultValue("2m") Duration abandonedAfter,
        @DefaultValue("20s") Duration stopGrace) {}
