package app.handshake.deployments;

import app.handshake.platform.JobLocks;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, the deployments whose sites went live are counted again: a site that went live with no usage yet
 * takes its deployment out of active use until it too is used. One node runs it.
 */
@Component
class GoLives {

    private static final Logger log = LoggerFactory.getLogger(GoLives.class);

    private final Adoption adoption;
    private final JobLocks locks;

    GoLives(Adoption adoption, JobLocks locks) {
        this.adoption = adoption;
        this.locks = locks;
    }

    @Scheduled(cron = "${handshake.deployments.go-live-cron:0 10 0 * * *}", zone = "UTC")
    void nightly() {
        locks.runOnce("deployments-go-live", Duration.ofHours(1), Duration.ofMinutes(30), () -> {
            int counted = adoption.recountGoneLive();
            log.info("Counted active use again for {} deployments with a site that went live", counted);
        });
    }
}
