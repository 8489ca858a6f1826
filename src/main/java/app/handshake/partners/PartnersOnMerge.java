package app.handshake.partners;

import app.handshake.people.PeopleMerged;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two records of one person become one: what they endorsed, were referred, the partners they are contacts at, and
 * the partner they are follow the survivor rather than go with the merged record. When both were partners, the
 * survivor's partner takes over the merged one's endorsements, referrals, areas and certifications.
 */
@Component
class PartnersOnMerge {

    private final JdbcClient jdbc;

    PartnersOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleMerged merged) {
        UUID survivor = merged.survivorId();
        UUID gone = merged.mergedId();
        update("update endorsement set endorser_person_id = :survivor where endorser_person_id = :merged", survivor, gone);
        update("update referral set person_id = :survivor where person_id = :merged", survivor, gone);
        update("""
                update partner_contact set person_id = :survivor where person_id = :merged and partner_id not in
                       (select c.partner_id from partner_contact c where c.person_id = :survivor)
                """, survivor, gone);
        Optional<UUID> survivorPartner = partnerOf(survivor);
        Optional<UUID> mergedPartner = partnerOf(gone);
        if (mergedPartner.isEmpty()) {
            return;
        }
        if (survivorPartner.isEmpty()) {
            update("update partner set person_id = :survivor where person_id = :merged", survivor, gone);
            return;
        }
        UUID keep = survivorPartner.get();
        UUID drop = mergedPartner.get();
        for (String table : new String[] {"endorsement", "referral", "partner_area", "partner_certification"}) {
            jdbc.sql("update " + table + " set partner_id = :keep where partner_id = :drop").param("keep", keep)
                    .param("drop", drop).update();
        }
        for (String table : new String[] {"partner_specialty", "partner_contact"}) {
            String key = table.equals("partner_specialty") ? "specialty_id" : "person_id";
            jdbc.sql("update " + table + " set partner_id = :keep where partner_id = :drop and " + key + " not in"
                    + " (select k." + key + " from " + table + " k where k.partner_id = :keep)").param("keep", keep)
                    .param("drop", drop).update();
        }
    }

    private Optional<UUID> partnerOf(UUID personId) {
        return jdbc.sql("select id from partner where person_id = :id").param("id", personId).query(UUID.class)
                .optional();
    }

    private void update(String sql, UUID survivor, UUID merged) {
        jdbc.sql(sql).param("survivor", survivor).param("merged", merged).update();
    }
}
