package app.handshake.platform.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every page {@code #when}: times in the viewer's time zone (see {@link ViewerTime}). */
@Component
class ViewerTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    ViewerTimeDialect() {
        super("viewer-time");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("when");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                ZoneId zone = context.getVariable(ViewerTime.ZONE_ATTRIBUTE) instanceof ZoneId given ? given : ZoneOffset.UTC;
                return new ViewerTime(zone, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                // One per page: the zone is the viewer's.
                return true;
            }
        };
    }
}
