package app.handshake.imports.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.CharsetUtil;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * The text of a header field. Headers should be ASCII with RFC 2047 encoded words for anything else, and
 * mime4j decodes those; what real files add is handled here: 8-bit bytes written raw (UTF-8, or the
 * sender's Windows charset), encoded words in UTF-7, and encoded words in charsets nobody knows.
 */
final class HeaderText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern UTF7_WORD = Pattern.compile("=\\?utf-7(\\*[^?]*)?\\?([bq])\\?([^?]*)\\?=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?[bq]\\?[^?\\s]*\\?=",
            Pattern.CASE_INSENSITIVE);

    private HeaderText() {}

    /** The field's value as written: unfolded, 8-bit bytes read as UTF-8 or else as windows-1252. */
    static String raw(Field field, Charset chosen, Consumer<String> warn) {
        byte[] bytes = valueBytes(field);
        Charset charset = charsetOf(bytes, field.getName(), chosen, warn);
        return MimeUtil.unfold(new String(bytes, charset)).strip();
    }

    /** The field's value for people: {@link #raw} with its encoded words decoded. */
    static String decoded(Field field, Charset chosen, Consumer<String> warn) {
        String text = DecoderUtil.decodeEncodedWords(utf7AsUtf8(raw(field, chosen, warn)), DecodeMonitor.SILENT);
        warnUndecoded(field.getName(), text, warn);
        return text;
    }

    /** The bytes after the colon, exactly as in the file. */
    static byte[] valueBytes(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody() == null ? new byte[0] : field.getBody().getBytes(StandardCharsets.UTF_8);
        }
        int start = field instanceof RawField rawField ? rawField.getDelimiterIdx() + 1 : indexOfColon(raw) + 1;
        byte[] bytes = new byte[Math.max(0, raw.length() - start)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = raw.byteAt(start + i);
        }
        return bytes;
    }

    /**
     * How 8-bit bytes in a header are read: UTF-8 when they are valid UTF-8 (RFC 6532 allows it), else the
     * charset the person chose for the file, else windows-1252, the usual charset of old Western clients.
     */
    static Charset charsetOf(byte[] bytes, String header, Charset chosen, Consumer<String> warn) {
        if (BodyText.isAscii(bytes) || BodyText.isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = chosen != null ? chosen : WINDOWS_1252;
        warn.accept("the " + header + " header has 8-bit characters that are not UTF-8; read as " + charset.name());
        return charset;
    }

    /**
     * Rewrites encoded words in UTF-7, which the JDK cannot decode, as the same text in UTF-8 encoded
     * words, so that mime4j decodes them with their neighbours. Everything else is left as it is, byte for
     * byte when the text holds bytes as ISO-8859-1 characters.
     */
    static String utf7AsUtf8(String text) {
        if (!text.toLowerCase(Locale.ROOT).contains("=?utf-7")) {
            return text;
        }
        Matcher word = UTF7_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String encoded = word.group(3);
            byte[] bytes;
            try {
                bytes = word.group(2).equalsIgnoreCase("b") ? Base64.getMimeDecoder().decode(encoded) : qDecode(encoded);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String decodedText = Utf7.decode(new String(bytes, StandardCharsets.US_ASCII));
            word.appendReplacement(out, Matcher.quoteReplacement("=?UTF-8?B?"
                    + Base64.getEncoder().encodeToString(decodedText.getBytes(StandardCharsets.UTF_8)) + "?="));
        }
        word.appendTail(out);
        return out.toString();
    }

    /** Tells about encoded words that are still in the text: their charset is unknown or they are broken. */
    static void warnUndecoded(String header, String text, Consumer<String> warn) {
        if (text == null) {
            return;
        }
        Matcher word = ENCODED_WORD.matcher(text);
        while (word.find()) {
            String charset = word.group(1).replaceFirst("\\*.*", "");
            warn.accept(CharsetUtil.lookup(charset) == null
                    ? "the " + header + " header has text in charset " + charset + ", which is unknown here; kept as written: "
                            + word.group()
                    : "the " + header + " header has an encoded word that cannot be decoded; kept as written: "
                            + word.group());
        }
    }

    private static byte[] qDecode(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < encoded.length()) {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int indexOfColon(ByteSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.byteAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }
}
