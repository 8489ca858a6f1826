package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.people.People;
import app.handshake.support.HandshakeTest;
import app.handshake.touchpoints.Touchpoints;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** The retry wraps the modules' services, outside their transactions. */
@HandshakeTest
class TransientFailureRetryWiringTest {

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Test
    void servicesRetryOutsideTheirTransaction() {
        for (Object service : new Object[] {people, touchpoints}) {
            var advice = Arrays.stream(((Advised) service).getAdvisors()).<Class<?>>map(a -> a.getAdvice().getClass()).toList();
            assertThat(advice).contains(TransientFailureRetry.Retrying.class, TransactionInterceptor.class);
            assertThat(advice.indexOf(TransientFailureRetry.Retrying.class))
                    .isLessThan(advice.indexOf(TransactionInterceptor.class));
        }
    }
}
