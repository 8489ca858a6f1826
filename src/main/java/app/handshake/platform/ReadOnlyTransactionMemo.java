package app.handshake.platform;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An answer worked out once in a read-only transaction and reused by the rest of it: a request that reads the same
 * thing for each of its parts (the figures look up the organizations hidden from their reader for the closed deals,
 * the nurture and the deployments) asks the database once. Nothing in a read-only transaction can change what it
 * read; outside one, or in one that writes, the answer is worked out every time.
 */
public final class ReadOnlyTransactionMemo {

    private ReadOnlyTransactionMemo() {}

    /** The answer kept under {@code key} in this read-only transaction, worked out by {@code answer} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> answer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return answer.get();
        }
        String resource = ReadOnlyTransactionMemo.class.getName() + ":" + key;
        Object kept = TransactionSynchronizationManager.getResource(resource);
        if (kept != null) {
            return (T) kept;
        }
        T value = answer.get();
        TransactionSynchronizationManager.bindResource(resource, value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resource);
            }
        });
        return value;
    }
}
