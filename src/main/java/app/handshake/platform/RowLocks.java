package app.handshake.platform;

import org.springframework.stereotype.Component;

/**
 * The lock clause for rows a transaction is about to write without changing their key. On PostgreSQL that is
 * {@code FOR NO KEY UPDATE}: it does not wait for the key-share locks that a foreign key takes on the rows it
 * points at, so a person whom a running import is adding touchpoints or addresses to can still be written to
 * by everyone else. H2 takes no such locks and knows only {@code FOR UPDATE}.
 */
@Component
public class RowLocks {

    private final DatabaseProduct database;

    RowLocks(DatabaseProduct database) {
        this.database = database;
    }

    /** {@code for no key update} or {@code for update}, to end a select with. */
    public String forWrite() {
        return database.isPostgreSql() ? "for no key update" : "for update";
    }
}
