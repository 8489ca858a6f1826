package app.handshake.platform;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of a long job in a transaction of its own, committed when the piece ends. A job over the
 * whole workspace (recomputing every score, refreshing every due date) made of such pieces holds no lock
 * longer than one piece, so people logging touchpoints meanwhile wait a few milliseconds at most and never
 * deadlock with it.
 */
@Component
public class ShortTransactions {

    private final TransactionTemplate template;

    ShortTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the piece in a new transaction, again if it lost to a concurrent one (see {@link TransientFailures}). */
    public <T> T run(Supplier<T> piece) {
        try {
            return TransientFailures.retry("a piece of a long job", () -> template.execute(status -> piece.get()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
