package app.handshake.imports.mail;

import app.handshake.imports.incoming.Address;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * The mailboxes of From, Sender, To and Cc, read with mime4j's lenient parser (real headers break the
 * grammar often enough that the strict one would lose whole lists): groups are flattened, display names
 * decoded, and a name without an @ is left out, because nobody can be written to there.
 */
final class MailAddresses {

    private MailAddresses() {}

    static List<Address> read(List<Field> fields, Charset chosen, Consumer<String> warn) {
        List<Address> addresses = new ArrayList<>();
        for (Field field : fields) {
            byte[] bytes = HeaderText.valueBytes(field);
            Charset charset = HeaderText.charsetOf(bytes, field.getName(), chosen, warn);
            boolean eightBit = !BodyText.isAscii(bytes);
            // the parser takes each byte for one ISO-8859-1 character; UTF-7 words are rewritten in place
            byte[] parsed = HeaderText.utf7AsUtf8(new String(bytes, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            List<Mailbox> mailboxes = LenientAddressParser.DEFAULT
                    .parseAddressList(new ByteArrayBuffer(parsed, true), new ParserCursor(0, parsed.length))
                    .flatten();
            for (Mailbox mailbox : mailboxes) {
                String email = eightBit ? reread(mailbox.getAddress(), charset) : mailbox.getAddress();
                if (mailbox.getDomain() == null || mailbox.getDomain().isBlank() || mailbox.getLocalPart() == null) {
                    warn.accept("the " + field.getName() + " header names \"" + email
                            + "\", which is not an email address (no @ and domain); left out");
                    continue;
                }
                String name = eightBit && mailbox.getName() != null ? reread(mailbox.getName(), charset) : mailbox.getName();
                HeaderText.warnUndecoded(field.getName(), name, warn);
                addresses.add(new Address(email, name));
            }
        }
        return addresses;
    }

    /** The first usable mailbox of the field, or null. */
    static Address first(Field field, Charset chosen, Consumer<String> warn) {
        if (field == null) {
            return null;
        }
        List<Address> addresses = read(List.of(field), chosen, warn);
        return addresses.isEmpty() ? null : addresses.getFirst();
    }

    /** Text the parser read byte by byte as ISO-8859-1, read again in the header's real charset. */
    private static String reread(String text, Charset charset) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return text;
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
