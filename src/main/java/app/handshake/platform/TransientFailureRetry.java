package app.handshake.platform;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retries a call into a module's service a few times when its transaction lost a deadlock, hit a lock
 * timeout or a serialization failure: the database undid all of it, and running it again a moment later
 * succeeds, so the user never sees such a failure. Only the outermost call retries (an inner one shares
 * the failed transaction), and it wraps the transaction, so every attempt runs in a new one.
 */
@Configuration(proxyBeanMethods = false)
class TransientFailureRetry {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientFailureRetryAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, null, true), new Retrying());
        // Outside the transaction interceptor, so that each attempt gets a transaction of its own.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Retrying implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            return TransientFailures.retry(invocation.getMethod().getName(),
                    () -> proxied.invocableClone().proceed());
        }
    }
}
