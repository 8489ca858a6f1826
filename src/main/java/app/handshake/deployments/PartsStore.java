package app.handshake.deployments;

import app.handshake.shared.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A deployment's sites, milestones, obstacles and partners. Names of people come raw: the facade hides them. */
@Repository
class PartsStore {

    /** A site as stored, with the names of whom it points at. */
    record SiteRow(UUID id, UUID deploymentId, long version, String name, @Nullable String city,
            @Nullable String region, @Nullable String country, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, int licensedSeats, @Nullable LocalDate goLiveOn,
            @Nullable UUID customerPersonId, @Nullable String customerPersonName, @Nullable UUID teamUserId,
            @Nullable String teamUserName, @Nullable LocalDate firstUsageOn, @Nullable LocalDate lastUsageOn,
            @Nullable Integer lastActiveUsers, @Nullable LocalDate activeSince) {

        Site site(boolean customerVisible) {
            return new Site(id, version, name, new Location(city, region, country, latitude, longitude), licensedSeats,
                    goLiveOn, customerVisible ? customerPersonId : null, customerVisible ? customerPersonName : null,
                    teamUserId, teamUserName, firstUsageOn, lastUsageOn, lastActiveUsers, activeSince);
        }
    }

    record MilestoneRow(UUID id, UUID deploymentId, long version, String name, @Nullable LocalDate dueOn,
            String status, @Nullable LocalDate doneOn) {

        Milestone milestone() {
            return new Milestone(id, version, name, dueOn, MilestoneStatus.of(status), doneOn);
        }
    }

    record ObstacleRow(UUID id, UUID deploymentId, long version, String description, @Nullable UUID siteId,
            @Nullable String siteName, @Nullable UUID ownerId, @Nullable String ownerName, OffsetDateTime openedAt,
            @Nullable OffsetDateTime resolvedAt, boolean blocking) {

        Obstacle obstacle() {
            return new Obstacle(id, version, description, siteId, siteName, ownerId, ownerName, openedAt, resolvedAt,
                    blocking);
        }
    }

    record PartnerRow(UUID id, UUID deploymentId, @Nullable UUID organizationId, @Nullable UUID personId,
            @Nullable String name, @Nullable String role) {}

    private final JdbcClient jdbc;

    PartsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SiteRow> sites(Collection<UUID> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.id, s.deployment_id, s.version, s.name, s.city, s.region, s.country, s.latitude, s.longitude,
                       s.licensed_seats, s.go_live_on, s.customer_person_id,
                       (select p.name from person p where p.id = s.customer_person_id) as customer_person_name,
                       s.team_user_id, (select u.display_name from app_user u where u.id = s.team_user_id) as team_user_name,
                       s.first_usage_on, s.last_usage_on,
                       (select u.active_users from deployment_usage u where u.site_id = s.id and u.used_on = s.last_usage_on)
                           as last_active_users, s.active_since
                  from deployment_site s
                 where s.deployment_id in (:ids)
                 order by s.deployment_id, s.position, s.id
                """).param("ids", deploymentIds).query(SiteRow.class).list();
    }

    /** What counting active use needs of a site, without the names of its people. */
    record CountedSite(UUID id, String name, int licensedSeats, @Nullable LocalDate goLiveOn,
            @Nullable LocalDate firstUsageOn, @Nullable LocalDate lastUsageOn, @Nullable LocalDate activeSince) {}

    List<CountedSite> countedSites(UUID deploymentId) {
        return jdbc.sql("""
                select id, name, licensed_seats, go_live_on, first_usage_on, last_usage_on, active_since
                  from deployment_site
                 where deployment_id = :id
                 order by position, id
                """).param("id", deploymentId).query(CountedSite.class).list();
    }

    Optional<SiteRow> site(UUID deploymentId, UUID siteId) {
        return sites(List.of(deploymentId)).stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    void insertSite(UUID id, UUID deploymentId, SiteDraft draft) {
        Location place = draft.location() == null ? Location.UNKNOWN : draft.location();
        jdbc.sql("""
                insert into deployment_site (id, deployment_id, version, position, name, city, region, country, latitude,
                                             longitude, licensed_seats, go_live_on, customer_person_id, team_user_id)
                values (:id, :deployment, 0,
                        (select coalesce(max(position), 0) + 1 from deployment_site where deployment_id = :deployment),
                        :name, :city, :region, :country, :latitude, :longitude, :seats, :goLive, :customer, :team)
                """).param("id", id).param("deployment", deploymentId).params(siteParams(draft, place)).update();
    }

    boolean updateSite(UUID siteId, long expected, SiteDraft draft) {
        Location place = draft.location() == null ? Location.UNKNOWN : draft.location();
        return jdbc.sql("""
                update deployment_site set version = version + 1, name = :name, city = :city, region = :region,
                       country = :country, latitude = :latitude, longitude = :longitude, licensed_seats = :seats,
                       go_live_on = :goLive, customer_person_id = :customer, team_user_id = :team
                 where id = :id and version = :expected
                """).param("id", siteId).param("expected", expected).params(siteParams(draft, place)).update() == 1;
    }

    private static Map<String, Object> siteParams(SiteDraft draft, Location place) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", draft.name());
        params.put("city", place.city());
        params.put("region", place.region());
        params.put("country", place.country());
        params.put("latitude", place.latitude());
        params.put("longitude", place.longitude());
        params.put("seats", draft.licensedSeats());
        params.put("goLive", draft.goLiveOn());
        params.put("customer", draft.customerPersonId());
        params.put("team", draft.teamUserId());
        return params;
    }

    void deleteSite(UUID siteId) {
        jdbc.sql("delete from deployment_site where id = :id").param("id", siteId).update();
    }

    /** The deployments with a site going live between two days (inclusive). */
    List<UUID> goneLiveBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select distinct deployment_id from deployment_site where go_live_on between :from and :to"
                + " order by deployment_id").param("from", from).param("to", to).query(UUID.class).list();
    }

    List<MilestoneRow> milestones(Collection<UUID> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, deployment_id, version, name, due_on, status, done_on from deployment_milestone
                 where deployment_id in (:ids) order by deployment_id, position, id
                """).param("ids", deploymentIds).query(MilestoneRow.class).list();
    }

    void insertMilestone(UUID id, UUID deploymentId, MilestoneDraft draft, MilestoneStatus status,
            @Nullable LocalDate doneOn) {
        jdbc.sql("""
                insert into deployment_milestone (id, deployment_id, version, position, name, due_on, status, done_on)
                values (:id, :deployment, 0,
                        (select coalesce(max(position), 0) + 1 from deployment_milestone where deployment_id = :deployment),
                        :name, :due, :status, :done)
                """).param("id", id).param("deployment", deploymentId).param("name", draft.name())
                .param("due", draft.dueOn()).param("status", status.name()).param("done", doneOn).update();
    }

    boolean updateMilestone(UUID id, long expected, MilestoneDraft draft, MilestoneStatus status,
            @Nullable LocalDate doneOn) {
        return jdbc.sql("""
                update deployment_milestone set version = version + 1, name = :name, due_on = :due, status = :status,
                       done_on = :done
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("name", draft.name()).param("due", draft.dueOn())
                .param("status", status.name()).param("done", doneOn).update() == 1;
    }

    void deleteMilestone(UUID id) {
        jdbc.sql("delete from deployment_milestone where id = :id").param("id", id).update();
    }

    List<ObstacleRow> obstacles(Collection<UUID> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select o.id, o.deployment_id, o.version, o.description, o.site_id,
                       (select s.name from deployment_site s where s.id = o.site_id) as site_name, o.owner_id,
                       (select u.display_name from app_user u where u.id = o.owner_id) as owner_name, o.opened_at,
                       o.resolved_at, o.blocking
                  from deployment_obstacle o
                 where o.deployment_id in (:ids)
                 order by o.deployment_id, o.opened_at, o.id
                """).param("ids", deploymentIds).query(ObstacleRow.class).list();
    }

    void insertObstacle(UUID id, UUID deploymentId, ObstacleDraft draft, OffsetDateTime openedAt,
            @Nullable OffsetDateTime resolvedAt) {
        jdbc.sql("""
                insert into deployment_obstacle (id, deployment_id, version, site_id, description, owner_id, opened_at,
                                                 resolved_at, blocking)
                values (:id, :deployment, 0, :site, :description, :owner, :opened, :resolved, :blocking)
                """).param("id", id).param("deployment", deploymentId).param("site", draft.siteId())
                .param("description", draft.description()).param("owner", draft.ownerId()).param("opened", openedAt)
                .param("resolved", resolvedAt).param("blocking", draft.blocking()).update();
    }

    boolean updateObstacle(UUID id, long expected, ObstacleDraft draft, @Nullable OffsetDateTime resolvedAt) {
        return jdbc.sql("""
                update deployment_obstacle set version = version + 1, site_id = :site, description = :description,
                       owner_id = :owner, resolved_at = :resolved, blocking = :blocking
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("site", draft.siteId())
                .param("description", draft.description()).param("owner", draft.ownerId())
                .param("resolved", resolvedAt).param("blocking", draft.blocking()).update() == 1;
    }

    void deleteObstacle(UUID id) {
        jdbc.sql("delete from deployment_obstacle where id = :id").param("id", id).update();
    }

    List<PartnerRow> partners(Collection<UUID> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select pa.id, pa.deployment_id, pa.organization_id, pa.person_id,
                       coalesce((select o.name from organization o where o.id = pa.organization_id),
                                (select p.name from person p where p.id = pa.person_id)) as name, pa.role
                  from deployment_partner pa
                 where pa.deployment_id in (:ids)
                 order by pa.deployment_id, pa.id
                """).param("ids", deploymentIds).query(PartnerRow.class).list();
    }

    void insertPartner(UUID id, UUID deploymentId, PartnerDraft draft) {
        jdbc.sql("""
                insert into deployment_partner (id, deployment_id, organization_id, person_id, role)
                values (:id, :deployment, :organization, :person, :role)
                """).param("id", id).param("deployment", deploymentId).param("organization", draft.organizationId())
                .param("person", draft.personId()).param("role", draft.role()).update();
    }

    void deletePartner(UUID id) {
        jdbc.sql("delete from deployment_partner where id = :id").param("id", id).update();
    }

    /** Whether a deployment still holds anything a person put there: a site, a milestone, an obstacle or a partner. */
    boolean holdsWork(UUID deploymentId) {
        return jdbc.sql("""
                select (select count(*) from deployment_site where deployment_id = :id)
                     + (select count(*) from deployment_milestone where deployment_id = :id)
                     + (select count(*) from deployment_obstacle where deployment_id = :id)
                     + (select count(*) from deployment_partner where deployment_id = :id)
                """).param("id", deploymentId).query(Long.class).single() > 0;
    }

    static <T, K> Map<K, List<T>> by(List<T> rows, java.util.function.Function<T, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
