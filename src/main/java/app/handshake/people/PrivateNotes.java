package app.handshake.people;

import app.handshake.shared.Text;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's own note on a person. Every query names its author: there is no way to read another's. */
@Repository
class PrivateNotes {

    private final JdbcClient jdbc;

    PrivateNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(UUID personId, UUID authorId) {
        return jdbc.sql("select text from person_private_note where person_id = :person and author_id = :author")
                .param("person", personId)
                .param("author", authorId)
                .query(String.class)
                .optional();
    }

    /** Stores the author's note; a blank one removes it, a null one leaves it as it is. */
    void write(UUID personId, UUID authorId, String text, OffsetDateTime now) {
        if (text == null) {
            return;
        }
        jdbc.sql("delete from person_private_note where person_id = :person and author_id = :author")
                .param("person", personId).param("author", authorId).update();
        String clean = Text.trimToNull(text);
        if (clean != null) {
            jdbc.sql("""
                    insert into person_private_note (person_id, author_id, text, updated_at)
                    values (:person, :author, :text, :now)
                    """)
                    .param("person", personId).param("author", authorId).param("text", clean).param("now", now)
                    .update();
        }
    }

    /** The author's note as a merge of the two records would leave it: both joined when they wrote both. */
    Optional<String> mergedOf(UUID survivorId, UUID duplicateId, UUID authorId) {
        Optional<String> survivor = of(survivorId, authorId);
        Optional<String> duplicate = of(duplicateId, authorId);
        return survivor.isPresent() && duplicate.isPresent()
                ? Optional.of(survivor.get() + "\n\n" + duplicate.get()) : survivor.or(() -> duplicate);
    }

    /** Moves every author's note on the duplicate to the survivor, joining the two where an author wrote both. */
    void merge(UUID survivorId, UUID duplicateId, OffsetDateTime now) {
        jdbc.sql("""
                update person_private_note s
                   set text = s.text || chr(10) || chr(10) || (select d.text from person_private_note d
                               where d.person_id = :duplicate and d.author_id = s.author_id),
                       updated_at = :now
                 where s.person_id = :survivor
                   and exists (select 1 from person_private_note d where d.person_id = :duplicate and d.author_id = s.author_id)
                """)
                .param("survivor", survivorId).param("duplicate", duplicateId).param("now", now).update();
        jdbc.sql("""
                update person_private_note set person_id = :survivor
                 where person_id = :duplicate
                   and author_id not in (select author_id from person_private_note where person_id = :survivor)
                """)
                .param("survivor", survivorId).param("duplicate", duplicateId).update();
    }
}
