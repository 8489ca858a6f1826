package app.handshake.partners;

import app.handshake.accounts.RecordAccess.SqlFilter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A partner's specialties, service areas, certifications and contacts. */
@Repository
class PartnerPartsStore {

    /** A certification row; whether it is current depends on the day it is read. */
    record CertificationRow(UUID id, String name, @Nullable String issuer, @Nullable LocalDate expiresOn) {}

    private final JdbcClient jdbc;

    PartnerPartsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceSpecialties(UUID partnerId, Collection<UUID> specialtyIds) {
        jdbc.sql("delete from partner_specialty where partner_id = :id").param("id", partnerId).update();
        for (UUID specialty : specialtyIds) {
            jdbc.sql("insert into partner_specialty (partner_id, specialty_id) values (:id, :specialty)")
                    .param("id", partnerId).param("specialty", specialty).update();
        }
    }

    List<ServiceArea> areas(UUID partnerId) {
        return jdbc.sql("""
                select id, kind, place, latitude, longitude, radius_km from partner_area where partner_id = :id
                 order by kind, place_key, id
                """).param("id", partnerId).query((rs, n) -> new ServiceArea(rs.getObject("id", UUID.class),
                AreaKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), (Integer) rs.getObject("radius_km", Integer.class))).list();
    }

    void insertArea(UUID id, UUID partnerId, AreaDraft area) {
        jdbc.sql("""
                insert into partner_area (id, partner_id, kind, place, place_key, latitude, longitude, radius_km)
                values (:id, :partner, :kind, :place, :placeKey, :latitude, :longitude, :radius)
                """).param("id", id).param("partner", partnerId).param("kind", area.kind().name())
                .param("place", area.place()).param("placeKey", area.placeKey())
                .param("latitude", area.latitude(), java.sql.Types.NUMERIC)
                .param("longitude", area.longitude(), java.sql.Types.NUMERIC)
                .param("radius", area.radiusKm(), java.sql.Types.INTEGER).update();
    }

    boolean deleteArea(UUID partnerId, UUID areaId) {
        return jdbc.sql("delete from partner_area where id = :area and partner_id = :partner").param("area", areaId)
                .param("partner", partnerId).update() == 1;
    }

    List<CertificationRow> certifications(UUID partnerId) {
        return jdbc.sql("""
                select id, name, issuer, expires_on from partner_certification where partner_id = :id
                 order by lower(name), id
                """).param("id", partnerId).query(CertificationRow.class).list();
    }

    void insertCertification(UUID id, UUID partnerId, String name, @Nullable String issuer,
            @Nullable LocalDate expiresOn) {
        jdbc.sql("""
                insert into partner_certification (id, partner_id, name, issuer, expires_on)
                values (:id, :partner, :name, :issuer, :expires)
                """).param("id", id).param("partner", partnerId).param("name", name).param("issuer", issuer)
                .param("expires", expiresOn, java.sql.Types.DATE).update();
    }

    boolean deleteCertification(UUID partnerId, UUID certificationId) {
        return jdbc.sql("delete from partner_certification where id = :id and partner_id = :partner")
                .param("id", certificationId).param("partner", partnerId).update() == 1;
    }

    /** The partner's contacts the reader may see (the filter on a person id column {@code c.person_id}). */
    List<PartnerDetails.Contact> contacts(UUID partnerId, SqlFilter visiblePeople) {
        Map<String, Object> params = new HashMap<>(visiblePeople.params());
        params.put("id", partnerId);
        return jdbc.sql("""
                select c.person_id, p.name, c.role from partner_contact c join person p on p.id = c.person_id
                 where c.partner_id = :id and\s""" + visiblePeople.sql() + " order by p.sort_name, p.id")
                .params(params).query(PartnerDetails.Contact.class).list();
    }

    /** Adds the contact, or changes their role when they are one already. */
    void putContact(UUID partnerId, UUID personId, @Nullable String role) {
        int changed = jdbc.sql("update partner_contact set role = :role where partner_id = :partner and person_id = :person")
                .param("role", role).param("partner", partnerId).param("person", personId).update();
        if (changed == 0) {
            jdbc.sql("insert into partner_contact (partner_id, person_id, role) values (:partner, :person, :role)")
                    .param("partner", partnerId).param("person", personId).param("role", role).update();
        }
    }

    boolean deleteContact(UUID partnerId, UUID personId) {
        return jdbc.sql("delete from partner_contact where partner_id = :partner and person_id = :person")
                .param("partner", partnerId).param("person", personId).update() == 1;
    }
}
