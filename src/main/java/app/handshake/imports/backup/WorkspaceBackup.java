package app.handshake.imports.backup;

import app.handshake.accounts.Actor;
import app.handshake.platform.WorkspaceRestored;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complete workspace as one JSON file, and back: every table, users and settings included, with
 * password hashes, token and feed secrets and private notes sealed under a passphrase. Written from one
 * consistent snapshot; restored in one transaction into an empty instance.
 */
@Service
public class WorkspaceBackup {

    private final DataSource dataSource;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate restoring;
    private final Flyway flyway;
    private final Clock clock;
    private final JsonMapper json;
    private final EmptyWorkspace emptiness = new EmptyWorkspace();
    private final ApplicationEventPublisher events;

    WorkspaceBackup(DataSource dataSource, PlatformTransactionManager transactions, Flyway flyway, Clock clock, JsonMapper json,
            ApplicationEventPublisher events) {
        this.events = events;
        this.dataSource = dataSource;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.restoring = new TransactionTemplate(transactions);
        this.flyway = flyway;
        this.clock = clock;
        this.json = json;
    }

    /** Refuses a backup the actor may not make (only admins: it holds every record) or a weak passphrase. */
    public void check(Actor actor, char[] passphrase) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only admins back up the workspace");
        }
        try {
            Seal.requireStrong(passphrase);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("passphrase", e.getMessage());
        }
    }

    /** Writes the backup to {@code out}; answers the rows written. */
    public long write(Actor actor, char[] passphrase, OutputStream out, LongConsumer progress) {
        check(actor, passphrase);
        Seal seal = Seal.create(passphrase);
        return snapshot.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (JsonGenerator generator = json.createGenerator(out)) {
                return new BackupWriter(connection, generator, seal, progress).write(schema(), clock.instant());
            } catch (SQLException e) {
                throw new IllegalStateException("The backup could not read the database", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /**
     * Restores a backup into this instance, which must be empty (a lone first admin made at start-up
     * counts as empty and gives way to the restored users). Nothing is stored unless everything is.
     *
     * @return the rows restored, per table
     * @throws InvalidBackupException when the file cannot be restored, with the place in the file
     */
    public Map<String, Long> restore(InputStream in, char[] passphrase, LongConsumer progress) {
        return restoring.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (JsonParser parser = json.createParser(in)) {
                emptiness.clear(connection);
                Map<String, Long> restored = new BackupRestorer(connection, parser, passphrase, schema(), progress).restore();
                // A backup from an earlier version lacks columns added since; their owners derive them again.
                events.publishEvent(new WorkspaceRestored());
                return restored;
            } catch (StreamReadException e) {
                throw new InvalidBackupException("Not readable as a backup: " + e.getOriginalMessage(),
                        BackupFile.place(e.getLocation()));
            } catch (SQLException e) {
                throw new IllegalStateException("The restore could not write to the database", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private String schema() {
        var current = flyway.info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }
}
