package app.handshake.partners;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vocabulary's rows: a specialty and its terms (its name's and its synonyms', lower-cased). */
@Repository
class SpecialtyStore {

    /** One term and the specialty it belongs to. */
    record Term(String term, UUID specialtyId, boolean isName) {}

    private final JdbcClient jdbc;

    SpecialtyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Specialty> all() {
        return assemble(jdbc.sql("select id, version, name from specialty order by lower(name), id")
                .query((rs, n) -> new Specialty(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("name"), List.of())).list());
    }

    Optional<Specialty> get(UUID id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    List<Term> terms() {
        return jdbc.sql("select term, specialty_id, is_name from specialty_term order by term").query(Term.class)
                .list();
    }

    Optional<UUID> holderOf(String term) {
        return jdbc.sql("select specialty_id from specialty_term where term = :term").param("term", term)
                .query(UUID.class).optional();
    }

    Optional<Long> lock(UUID id) {
        return jdbc.sql("select version from specialty where id = :id for update").param("id", id).query(Long.class)
                .optional();
    }

    void insert(UUID id, String name, OffsetDateTime now) {
        jdbc.sql("insert into specialty (id, version, name, created_at) values (:id, 0, :name, :now)").param("id", id)
                .param("name", name).param("now", now).update();
    }

    boolean update(UUID id, long expected, String name) {
        return jdbc.sql("update specialty set version = version + 1, name = :name where id = :id and version = :expected")
                .param("id", id).param("name", name).param("expected", expected).update() == 1;
    }

    void replaceTerms(UUID id, String nameTerm, Collection<String> synonyms) {
        jdbc.sql("delete from specialty_term where specialty_id = :id").param("id", id).update();
        jdbc.sql("insert into specialty_term (term, specialty_id, is_name) values (:term, :id, true)")
                .param("term", nameTerm).param("id", id).update();
        for (String synonym : synonyms) {
            jdbc.sql("insert into specialty_term (term, specialty_id, is_name) values (:term, :id, false)")
                    .param("term", synonym).param("id", id).update();
        }
    }

    void delete(UUID id) {
        jdbc.sql("delete from specialty where id = :id").param("id", id).update();
    }

    private List<Specialty> assemble(List<Specialty> specialties) {
        Map<UUID, List<String>> synonyms = new LinkedHashMap<>();
        for (Term term : terms()) {
            if (!term.isName()) {
                synonyms.computeIfAbsent(term.specialtyId(), k -> new ArrayList<>()).add(term.term());
            }
        }
        return specialties.stream().map(s -> new Specialty(s.id(), s.version(), s.name(),
                List.copyOf(synonyms.getOrDefault(s.id(), List.of())))).toList();
    }
}
