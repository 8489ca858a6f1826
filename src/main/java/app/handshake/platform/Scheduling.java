package app.handshake.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * In-application schedules (the daily reminder run). On by default; a node can be left out with
 * {@code handshake.scheduling.enabled=false} when several nodes share one database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "handshake.scheduling.enabled", matchIfMissing = true)
class Scheduling {}
