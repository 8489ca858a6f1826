package app.handshake.deployments;

import app.handshake.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two records of one person become one: the sites they are the customer's contact for, and the deployments they
 * take part in as a partner, follow the survivor rather than lose them when the merged record goes.
 */
@Component
class DeploymentsOnMerge {

    private final JdbcClient jdbc;

    DeploymentsOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleMerged merged) {
        jdbc.sql("update deployment_site set customer_person_id = :survivor where customer_person_id = :merged")
                .param("survivor", merged.survivorId()).param("merged", merged.mergedId()).update();
        jdbc.sql("update deployment_partner set person_id = :survivor where person_id = :merged")
                .param("survivor", merged.survivorId()).param("merged", merged.mergedId()).update();
    }
}
