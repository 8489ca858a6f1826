package app.handshake.accounts;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the session store Spring Boot configures (table, idle time, clean-up) behind
 * {@link SparingSessionRepository}, so that opening a page reads the session without writing it.
 */
@Component
class SparingSessionWrites implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository store) {
            return new SparingSessionRepository<>((FindByIndexNameSessionRepository<?>) store);
        }
        return bean;
    }
}
