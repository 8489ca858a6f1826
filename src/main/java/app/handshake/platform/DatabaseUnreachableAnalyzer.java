package app.handshake.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in a few lines, without a stack trace, that the database could not be reached, and what to check. */
class DatabaseUnreachableAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DatabaseUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check that the database at " + cause.url() + " is running and that HANDSHAKE_DB_URL, HANDSHAKE_DB_USER "
                        + "and HANDSHAKE_DB_PASSWORD are right; wait longer with HANDSHAKE_DATABASE_WAIT (e.g. 5m).",
                cause);
    }
}
