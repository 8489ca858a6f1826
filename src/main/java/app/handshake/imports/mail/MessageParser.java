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
 * Reads one message with mime4j's token stream: the header fields, and when asked the first plain-text
 * part that is not an attachment. Nothing else of the body is looked at, so attachments only stream by.
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

    record Parsed(HeaderFields headers, String body) {}

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
        if (!keepBodies) {
            return new Parsed(headers, null);
        }
        try {
            return new Parsed(headers, plainText(tokens, attachment, warn));
        } catch (MimeException e) {
            warn.accept("the body could not be read (" + e.getMessage() + "); the message is kept without it");
            return new Parsed(headers, null);
        }
    }

    private static String plainText(MimeTokenStream tokens, boolean rootIsAttachment, Consumer<String> warn)
            throws IOException, MimeException {
        boolean attachment = rootIsAttachment;
        for (EntityState state = tokens.next(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
            switch (state) {
                case T_START_HEADER -> attachment = false;
                case T_FIELD -> attachment |= isAttachment(tokens.getField());
                case T_BODY -> {
                    if (!attachment && "text/plain".equals(tokens.getBodyDescriptor().getMimeType())) {
                        return BodyText.decode(tokens.getDecodedInputStream(), tokens.getBodyDescriptor().getCharset(),
                                warn);
                    }
                }
                default -> {
                    // multipart structure: the parts inside are what count
                }
            }
        }
        return null;
    }

    private static boolean isAttachment(Field field) {
        return "content-disposition".equals(field.getNameLowerCase()) && field.getBody() != null
                && field.getBody().strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }
}
