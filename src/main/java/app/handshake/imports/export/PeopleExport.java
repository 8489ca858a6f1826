package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSearch;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Cursor;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Walks every person the actor may see, page by page, so that an export never holds the whole workspace. */
@Component
public class PeopleExport {

    private final People people;

    PeopleExport(People people) {
        this.people = people;
    }

    public void forEach(Actor actor, Consumer<PersonDetails> each) {
        Cursor after = null;
        while (true) {
            Page<app.handshake.people.PersonSummary> page = people.search(actor, PersonSearch.EVERYONE,
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            // The same filter as every list: a person the actor may not see never reaches an export.
            page.items().forEach(summary -> people.find(actor, summary.id()).ifPresent(each));
            if (page.next() == null) {
                return;
            }
            after = Cursor.decode(page.next());
        }
    }
}
