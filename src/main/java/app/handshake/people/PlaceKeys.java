package app.handshake.people;

import app.handshake.platform.WorkspaceRestored;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps each address's place names lower-cased beside it ({@code city_key}, {@code region_key},
 * {@code country_key}), on every write of a person or an organization's sites: a place is then found by name through
 * an index, where H2 would otherwise scan every address (it has no expression index on {@code lower(city)}).
 */
@Repository
class PlaceKeys {

    private static final String KEYS = "city_key = lower(city), region_key = lower(region), country_key = lower(country)";

    private final JdbcClient jdbc;

    PlaceKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(Person person) {
        jdbc.sql("update person set " + KEYS + " where id = :id").param("id", person.id()).update();
    }

    /** The sites are written again with each save of the organization, without their keys. */
    void keep(Organization organization) {
        jdbc.sql("update organization_site set " + KEYS + " where organization_id = :id").param("id", organization.id())
                .update();
    }

    /** A backup made before the keys existed carries none: the restore derives them, in its own transaction. */
    @EventListener
    void on(WorkspaceRestored restored) {
        jdbc.sql("update person set " + KEYS).update();
        jdbc.sql("update organization_site set " + KEYS).update();
    }
}
