package app.handshake.imports.jobs;

import app.handshake.shared.Digests;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stable keys of imported records and what they became, so that a second import finds the first one's work. */
@Repository
class ImportKeys {

    private final JdbcClient jdbc;

    ImportKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> find(UUID owner, String kind, String key) {
        return jdbc.sql("select record_id from import_key where owner_id = :owner and kind = :kind and key_hash = :hash")
                .param("owner", owner).param("kind", kind).param("hash", Digests.sha256Hex(key)).query(UUID.class)
                .optional();
    }

    /** The records of those of the keys that are known, by key: one round trip for several keys. */
    Map<String, UUID> find(UUID owner, String kind, List<String> keys) {
        Map<String, String> byHash = new HashMap<>();
        keys.forEach(key -> byHash.put(Digests.sha256Hex(key), key));
        Map<String, UUID> found = new HashMap<>();
        jdbc.sql("select key_hash, record_id from import_key where owner_id = :owner and kind = :kind"
                        + " and key_hash in (:hashes)")
                .param("owner", owner).param("kind", kind).param("hashes", List.copyOf(byHash.keySet()))
                .query((rs, n) -> found.put(byHash.get(rs.getString("key_hash")), rs.getObject("record_id", UUID.class)))
                .list();
        return found;
    }

    /**
     * Records the record a key stands for: a new key is inserted, a known one (whose record was deleted
     * since) re-pointed. The caller has just looked the key up and says which it is.
     */
    void put(UUID owner, String kind, String key, UUID recordId, OffsetDateTime now, boolean known) {
        String hash = Digests.sha256Hex(key);
        if (known) {
            jdbc.sql("update import_key set record_id = :record where owner_id = :owner and kind = :kind and key_hash = :hash")
                    .param("record", recordId).param("owner", owner).param("kind", kind).param("hash", hash).update();
        } else {
            jdbc.sql("""
                    insert into import_key (owner_id, kind, key_hash, record_id, created_at)
                    values (:owner, :kind, :hash, :record, :now)
                    """).param("owner", owner).param("kind", kind).param("hash", hash).param("record", recordId)
                    .param("now", now).update();
        }
    }
}
