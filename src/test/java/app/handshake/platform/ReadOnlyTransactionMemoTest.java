package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An answer is reused within one read-only transaction only: not in the next one, not in one that writes, not
 * outside a transaction; and under its own key.
 */
@HandshakeTest
class ReadOnlyTransactionMemoTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAnswerIsWorkedOutOncePerReadOnlyTransaction() {
        AtomicInteger asked = new AtomicInteger();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        List<Integer> answers = new ArrayList<>();
        readOnly.executeWithoutResult(status -> {
            answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
            answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
            // Another key is another answer.
            answers.add(ReadOnlyTransactionMemo.get("other", asked::incrementAndGet));
        });
        assertThat(answers).containsExactly(1, 1, 2);
        // The next read-only transaction asks again.
        readOnly.executeWithoutResult(status -> answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet)));
        assertThat(answers).last().isEqualTo(3);
    }

    @Test
    void aTransactionThatMayWriteOrNoTransactionAsksEveryTime() {
        AtomicInteger asked = new AtomicInteger();
        List<Integer> answers = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
            answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
        });
        answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
        answers.add(ReadOnlyTransactionMemo.get("k", asked::incrementAndGet));
        assertThat(answers).containsExactly(1, 2, 3, 4);
    }
}
