package app.handshake.partners.ranking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small builders of partner rows for tests, written straight into the tables. */
final class PartnerRows {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final UUID recordedBy;

    PartnerRows(JdbcClient jdbc, UUID recordedBy) {
        this.jdbc = jdbc;
        this.recordedBy = recordedBy;
    }

    /** The specialty of that name, the workspace's own when it has one, with these synonyms added to it. */
    UUID specialty(String name, String... synonyms) {
        String key = name.toLowerCase(Locale.ROOT);
        UUID id = jdbc.sql("select specialty_id from specialty_term where term = :term").param("term", key)
                .query(UUID.class).optional().orElse(null);
        if (id == null) {
            id = UUID.randomUUID();
            jdbc.sql("insert into specialty (id, version, name, created_at) values (:id, 0, :name, :at)").param("id", id)
                    .param("name", name).param("at", AT).update();
            jdbc.sql("insert into specialty_term (term, specialty_id, is_name) values (:term, :id, true)")
                    .param("term", key).param("id", id).update();
        }
        for (String synonym : synonyms) {
            String term = synonym.toLowerCase(Locale.ROOT);
            boolean taken = jdbc.sql("select count(*) from specialty_term where term = :term").param("term", term)
                    .query(Long.class).single() > 0;
            if (!taken) {
                jdbc.sql("insert into specialty_term (term, specialty_id, is_name) values (:term, :id, false)")
                        .param("term", term).param("id", id).update();
            }
        }
        return id;
    }

    /** A company partner: the organization it is. */
    PartnerBuilder company(String name, UUID organizationId) {
        return new PartnerBuilder(insert(name, "company", organizationId, null));
    }

    /** An individual partner: the person it is. */
    PartnerBuilder individual(String name, UUID personId) {
        return new PartnerBuilder(insert(name, "individual", null, personId));
    }

    private UUID insert(String name, String kind, @Nullable UUID organizationId, @Nullable UUID personId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into partner (id, version, name, sort_name, kind, organization_id, person_id, created_by,
                    created_at, updated_at)
                values (:id, 0, :name, :sort, :kind, :organization, :person, :by, :at, :at)""")
                .param("id", id).param("name", name).param("sort", name.toLowerCase(Locale.ROOT)).param("kind", kind)
                .param("organization", organizationId).param("person", personId).param("by", recordedBy)
                .param("at", AT).update();
        return id;
    }

    final class PartnerBuilder {

        final UUID id;

        PartnerBuilder(UUID id) {
            this.id = id;
        }

        PartnerBuilder offering(UUID specialtyId) {
            jdbc.sql("insert into partner_specialty (partner_id, specialty_id) values (:p, :s)").param("p", id)
                    .param("s", specialtyId).update();
            return this;
        }

        PartnerBuilder servingNamed(String kind, String place) {
            jdbc.sql("""
                    insert into partner_area (id, partner_id, kind, place, place_key)
                    values (:id, :p, :kind, :place, :key)""").param("id", UUID.randomUUID()).param("p", id)
                    .param("kind", kind).param("place", place).param("key", place.toLowerCase(Locale.ROOT)).update();
            return this;
        }

        PartnerBuilder servingAround(double latitude, double longitude, int radiusKm) {
            jdbc.sql("""
                    insert into partner_area (id, partner_id, kind, latitude, longitude, radius_km)
                    values (:id, :p, 'radius', :lat, :lon, :r)""").param("id", UUID.randomUUID()).param("p", id)
                    .param("lat", latitude).param("lon", longitude).param("r", radiusKm).update();
            return this;
        }

        PartnerBuilder certified(String name, @Nullable LocalDate expiresOn) {
            jdbc.sql("insert into partner_certification (id, partner_id, name, expires_on) values (:id, :p, :n, :e)")
                    .param("id", UUID.randomUUID()).param("p", id).param("n", name).param("e", expiresOn).update();
            return this;
        }

        PartnerBuilder referred(String outcome) {
            jdbc.sql("""
                    insert into referral (id, version, partner_id, direction, referred_on, outcome, outcome_on,
                        recorded_by, created_at, updated_at)
                    values (:id, 0, :p, 'given', :on, :outcome, :on, :by, :at, :at)""")
                    .param("id", UUID.randomUUID()).param("p", id).param("on", LocalDate.of(2025, 3, 1))
                    .param("outcome", outcome).param("by", recordedBy).param("at", AT).update();
            return this;
        }

        /** An endorsement by a person of the workspace. */
        UUID endorsedBy(UUID personId, int rating, LocalDate on, @Nullable String said, @Nullable UUID specialtyId) {
            return endorse(personId, null, rating, on, said, specialtyId);
        }

        /** An endorsement by a team member. */
        UUID endorsedByMember(UUID userId, int rating, LocalDate on, @Nullable String said) {
            return endorse(null, userId, rating, on, said, null);
        }

        private UUID endorse(@Nullable UUID personId, @Nullable UUID userId, int rating, LocalDate on,
                @Nullable String said, @Nullable UUID specialtyId) {
            UUID endorsement = UUID.randomUUID();
            jdbc.sql("""
                    insert into endorsement (id, version, partner_id, endorser_person_id, endorser_user_id, specialty_id,
                        endorsed_on, said, rating, recorded_by, created_at, updated_at)
                    values (:id, 0, :p, :person, :user, :specialty, :on, :said, :rating, :by, :at, :at)""")
                    .param("id", endorsement).param("p", id).param("person", personId).param("user", userId)
                    .param("specialty", specialtyId).param("on", on).param("said", said).param("rating", rating)
                    .param("by", recordedBy).param("at", AT).update();
            return endorsement;
        }
    }
}
