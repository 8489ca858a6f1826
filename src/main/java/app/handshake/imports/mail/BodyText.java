package app.handshake.imports.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.james.mime4j.util.CharsetUtil;

/** The text of a plain-text part, already freed of its transfer encoding, in the charset it declares. */
final class BodyText {

    /** A message's text is context for a touchpoint, not an archive: a megabyte is plenty. */
    static final int LIMIT = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BodyText() {}

    static String decode(InputStream decoded, String charsetName, Consumer<String> warn) throws IOException {
        byte[] bytes = decoded.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            warn.accept("the text of the message is longer than " + LIMIT + " bytes; only its beginning is kept");
            bytes = Arrays.copyOf(bytes, LIMIT);
        }
        return text(bytes, charsetName, warn).replace("\r\n", "\n").stripTrailing();
    }

    private static String text(byte[] bytes, String charsetName, Consumer<String> warn) {
        String name = charsetName == null ? "us-ascii" : charsetName.strip();
        if (name.equalsIgnoreCase("utf-7")) {
            return Utf7.decode(new String(bytes, StandardCharsets.US_ASCII));
        }
        Charset charset = CharsetUtil.lookup(name);
        if (charset == null) {
            warn.accept("the text of the message is in charset " + name + ", which is unknown here; read as "
                    + (isUtf8(bytes) ? "UTF-8" : "windows-1252"));
            return new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        if (charset.equals(StandardCharsets.US_ASCII) && !isAscii(bytes)) {
            // "us-ascii" is what parts without a charset default to; 8-bit text in them is UTF-8 or Windows
            return new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        return new String(bytes, charset);
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
