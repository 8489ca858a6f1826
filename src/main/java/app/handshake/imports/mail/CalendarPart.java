package app.handshake.imports.mail;

import app.handshake.imports.ical.Invitation;
import app.handshake.imports.incoming.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * The calendar a message carries (its first text/calendar part, freed of its transfer encoding), with the
 * charset and the iTIP method its Content-Type gives.
 */
record CalendarPart(byte[] bytes, String charset, String contentTypeMethod) {

    /** Invitations are a few kilobytes; a bigger calendar is not one to read from mail. */
    static final int LIMIT = 1 << 20;

    private static final Pattern METHOD = Pattern.compile("(?i);\\s*method\\s*=\\s*\"?([a-z-]+)");

    /** The part as mime4j hands it over; null, with a warning, when it is too big to be an invitation. */
    static CalendarPart read(InputStream decoded, String charset, String contentType, Consumer<String> warn)
            throws IOException {
        byte[] bytes = decoded.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            warn.accept("the message carries a calendar larger than " + LIMIT + " bytes; it is not read");
            return null;
        }
        Matcher method = METHOD.matcher(contentType == null ? "" : contentType);
        return new CalendarPart(bytes, charset, method.find() ? method.group(1).toUpperCase(Locale.ROOT) : null);
    }

    /** What the calendar invites to; the Content-Type's method stands in when the calendar names none. */
    Invitation invitation(Origin origin, Consumer<String> warn) throws IOException {
        Invitation invitation = Invitation.read(new ByteArrayInputStream(bytes),
                charset == null ? null : CharsetUtil.lookup(charset), origin, warn);
        if (invitation != null && invitation.method() == null && contentTypeMethod != null) {
            return new Invitation(contentTypeMethod, invitation.meeting());
        }
        return invitation;
    }
}
