package app.handshake.imports.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Reads one message with mime4j's token stream: the header fields, when asked the first plain-text part that
 * is not an attachment, and the first calendar (an invitation). Nothing else of the body is looked at, so
 * attachments only stream by; a plain message whose text is not wanted is not read past its header.
 */
final class MessageParser {

    /**
     * mime4j's defaults (1,000-character lines, 1,000 fields) turn away real mail: long References
     * headers, hundred-hop Received chains. These still bound what one header may make us hold.
     */
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setMaxLineLen(1 << 20)
            .setMaxHeaderLen(1 << 20)
            .setMaxHeaderCount(10_000)
            .build();

    /** The header, the plain text (when asked for) and the first calendar the message carries, if any. */
    record Parsed(HeaderFields headers, String body, CalendarPart calendar) {}

    private MessageParser() {}

    /** @throws MimeException when the headers are beyond what mail has (a line of a megabyte ...) */
    static Parsed parse(InputStream message, long headerLine, boolean keepBodies, Consumer<String> warn)
            throws IOException, MimeException {
        FieldLines lines = new FieldLines(CONFIG.getMaxHeaderLen(), headerLine);
        MimeTokenStream tokens = new MimeTokenStream(CONFIG, null, lines, null);
        // an attached message's text is not the text of the message that carries it
        tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
        tokens.parse(message);
        HeaderFields headers = new HeaderFields();
        boolean attachment = false;
        for (EntityState state = tokens.next(); state != EntityState.T_END_HEADER
                && state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
            if (state == EntityState.T_FIELD) {
                headers.add(tokens.getField(), lines.fieldLine());
                attachment |= isAttachment(tokens.getField());
            }
        }
        String type = mimeType(headers.first("content-type"));
        boolean mayCarryCalendar = type.startsWith("multipart/") || type.equals("text/calendar");
        if (!keepBodies && !mayCarryCalendar) {
            return new Parsed(headers, null, null);
        }
        Parts parts = new Parts(keepBodies, mayCarryCalendar);
        try {
            Field rootType = headers.first("content-type");
            parts.read(tokens, attachment, rootType == null ? null : rootType.getBody(), warn);
        } catch (MimeException e) {
            warn.accept("the body could not be read (" + e.getMessage() + "); the message is kept without it");
        }
        return new Parsed(headers, parts.text, parts.calendar);
    }

    /** The parts of the body looked for, read as they stream by, until none is wanted any more. */
    private static final class Parts {

        private final boolean textWanted;
        private final boolean calendarWanted;
        private String text;
        private CalendarPart calendar;

        Parts(boolean textWanted, boolean calendarWanted) {
            this.textWanted = textWanted;
            this.calendarWanted = calendarWanted;
        }

        void read(MimeTokenStream tokens, boolean rootIsAttachment, String rootContentType, Consumer<String> warn)
                throws IOException, MimeException {
            boolean attachment = rootIsAttachment;
            String contentType = rootContentType;
            for (EntityState state = tokens.next(); state != EntityState.T_END_OF_STREAM && wanting();
                    state = tokens.next()) {
                switch (state) {
                    case T_START_HEADER -> {
                        attachment = false;
                        contentType = null;
                    }
                    case T_FIELD -> {
                        attachment |= isAttachment(tokens.getField());
                        if ("content-type".equals(tokens.getField().getNameLowerCase())) {
                            contentType = tokens.getField().getBody();
                        }
                    }
                    case T_BODY -> body(tokens, attachment, contentType, warn);
                    default -> {
                        // multipart structure: the parts inside are what count
                    }
                }
            }
        }

        private void body(MimeTokenStream tokens, boolean attachment, String contentType, Consumer<String> warn)
                throws IOException {
            String type = tokens.getBodyDescriptor().getMimeType();
            String charset = tokens.getBodyDescriptor().getCharset();
            if (textWanted && text == null && !attachment && "text/plain".equals(type)) {
                text = BodyText.decode(tokens.getDecodedInputStream(), charset, warn);
            } else if (calendarWanted && calendar == null && "text/calendar".equals(type)) {
                // an invitation's calendar counts wherever it is: Google and Outlook attach one as invite.ics too
                calendar = CalendarPart.read(tokens.getDecodedInputStream(), charset, contentType, warn);
            }
        }

        private boolean wanting() {
            return textWanted && text == null || calendarWanted && calendar == null;
        }
    }

    private static String mimeType(Field contentType) {
        String value = contentType == null || contentType.getBody() == null ? "" : contentType.getBody();
        int semicolon = value.indexOf(';');
        String type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? "text/plain" : type;
    }

    private static boolean isAttachment(Field field) {
        return "content-disposition".equals(field.getNameLowerCase()) && field.getBody() != null
                && field.getBody().strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }
}
