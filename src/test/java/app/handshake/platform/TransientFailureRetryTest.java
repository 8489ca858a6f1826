package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A service call that lost to a concurrent transaction runs again; nothing else does. */
class TransientFailureRetryTest {

    /** Loses {@code losses} times, then answers how many calls it took. */
    @Service
    static class Contended {
        int losses;
        int calls;

        int work() {
            calls++;
            if (calls <= losses) {
                throw new CannotAcquireLockException("deadlock detected");
            }
            return calls;
        }

        void broken() {
            calls++;
            throw new DataIntegrityViolationException("duplicate key");
        }
    }

    private static Contended proxied(Contended target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TransientFailureRetry.transientFailureRetryAdvisor());
        return (Contended) factory.getProxy();
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aCallThatLostADeadlockRunsAgainUntilItSucceeds() {
        Contended target = new Contended();
        target.losses = TransientFailures.ATTEMPTS - 1;

        assertThat(proxied(target).work()).isEqualTo(TransientFailures.ATTEMPTS);
    }

    @Test
    void afterTheLastAttemptTheFailureReachesTheCaller() {
        Contended target = new Contended();
        target.losses = TransientFailures.ATTEMPTS;

        assertThatThrownBy(() -> proxied(target).work()).isInstanceOf(CannotAcquireLockException.class);
        assertThat(target.calls).isEqualTo(TransientFailures.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRetried() {
        Contended target = new Contended();

        assertThatThrownBy(() -> proxied(target).broken()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(target.calls).isEqualTo(1);
    }

    @Test
    void aCallInsideAnotherTransactionLeavesTheRetryToTheOutermostOne() {
        Contended target = new Contended();
        target.losses = 1;
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> proxied(target).work()).isInstanceOf(CannotAcquireLockException.class);
        assertThat(target.calls).isEqualTo(1);
    }
}
