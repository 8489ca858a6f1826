package app.handshake.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs while open, with the given loggers switched to DEBUG; the console
 * is muted meanwhile, and levels and appenders are put back on close.
 */
public final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root;
    private final Map<Logger, Level> levels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> muted = new ArrayList<>();

    private CapturedLogs(String... debugLoggers) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            muted.add(it.next());
        }
        muted.forEach(root::detachAppender);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        for (String name : debugLoggers) {
            Logger logger = context.getLogger(name);
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
    }

    public static CapturedLogs atDebug(String... loggers) {
        return new CapturedLogs(loggers);
    }

    /** Every captured line: logger, message with its arguments, and any stack trace. */
    public String text() {
        List<ILoggingEvent> events;
        synchronized (captured) { // the lock the appender appends under
            events = List.copyOf(captured.list);
        }
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            text.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }

    /** Waits for a line: the request log is written after the answer has gone out. */
    public String awaitLine(Predicate<String> line, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            String text = text();
            if (text.lines().anyMatch(line)) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No such log line within " + atMost + " in:\n" + text());
    }

    @Override
    public void close() {
        levels.forEach(Logger::setLevel);
        root.detachAppender(captured);
        captured.stop();
        muted.forEach(root::addAppender);
    }
}
