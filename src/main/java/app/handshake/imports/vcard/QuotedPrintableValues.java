package app.handshake.imports.vcard;

import com.github.mangstadt.vinnie.codec.DecoderException;
import com.github.mangstadt.vinnie.codec.QuotedPrintableCodec;
import ezvcard.parameter.Encoding;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.VCardProperty;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted-printable values without a CHARSET, as vCard 2.1 from Outlook and old phones has them: their bytes are
 * in whatever charset the writing program used, and nothing says which. ez-vcard is told to read them as
 * ISO-8859-1, which keeps each byte as one character; each value is then decoded again here: in the charset
 * chosen for the import if there is one, else as UTF-8 when its bytes are valid UTF-8, else in the charset that
 * the file's such values point to together ({@link EightBitCharset}), looked at once in the file's beginning.
 */
final class QuotedPrintableValues {

    /** As much of the file's beginning as is looked at for its values' charset. */
    static final int SAMPLE = 256 * 1024;

    private static final Pattern LANGUAGE = Pattern.compile("(?i);LANGUAGE=([A-Za-z_-]+)");

    /** A value as stored, and the charset it was read in. */
    record Decoded(String text, Charset charset) {}

    private final Charset chosen;
    private byte[] sample;
    private Charset guessed;
    private boolean guessTold;

    private QuotedPrintableValues(Charset chosen, byte[] sample) {
        this.chosen = chosen;
        this.sample = sample;
    }

    /** {@code sample}: the file's first bytes; {@code chosen}: the charset chosen for the import, or null. */
    static QuotedPrintableValues of(byte[] sample, Charset chosen) {
        return new QuotedPrintableValues(chosen, sample);
    }

    /** Whether ez-vcard left the property's value as bytes to be decoded here. */
    static boolean holdsBytes(VCardProperty property) {
        VCardParameters parameters = property.getParameters();
        return parameters.getEncoding() == Encoding.QUOTED_PRINTABLE && !known(parameters.getCharset());
    }

    Decoded decode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        if (chosen != null) {
            return new Decoded(new String(bytes, chosen), chosen);
        }
        if (isAscii(bytes)) {
            return new Decoded(value, StandardCharsets.US_ASCII);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset charset = guessed(bytes);
        return new Decoded(new String(bytes, charset), charset);
    }

    /** Once, when the first value was read in a guessed charset: which one, and why. */
    String guessNotice() {
        if (guessed == null || guessTold) {
            return null;
        }
        guessTold = true;
        return "quoted-printable values without a CHARSET are not UTF-8; read as " + guessed.name()
                + ", the charset their bytes point to";
    }

    /** Guessed once for the file, from its beginning; from the first such value when the beginning has none. */
    private Charset guessed(byte[] value) {
        if (guessed == null) {
            byte[] values = eightBitValues();
            guessed = EightBitCharset.of(values.length > 0 ? values : value, languages());
            sample = null;
        }
        return guessed;
    }

    /**
     * The bytes of the sample's quoted-printable values without a CHARSET that are not UTF-8, one after the
     * other: what the file's own writer says about its charset.
     */
    private byte[] eightBitValues() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> lines = new String(sample, StandardCharsets.ISO_8859_1).lines().toList();
        QuotedPrintableCodec codec = new QuotedPrintableCodec(StandardCharsets.ISO_8859_1.name());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            String head = colon < 0 ? "" : line.substring(0, colon).toUpperCase(Locale.ROOT);
            if (!head.contains("QUOTED-PRINTABLE") || head.contains("CHARSET=")) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.substring(colon + 1));
            while (value.toString().endsWith("=") && i + 1 < lines.size()) {
                value.setLength(value.length() - 1);
                value.append(lines.get(++i));
            }
            try {
                byte[] decoded = codec.decode(value.toString()).getBytes(StandardCharsets.ISO_8859_1);
                if (!isAscii(decoded) && strictUtf8(decoded) == null) {
                    bytes.writeBytes(decoded);
                    bytes.write(' ');
                }
            } catch (DecoderException malformed) {
                // ez-vcard reports the value itself; it tells nothing about the charset
            }
        }
        return bytes.toByteArray();
    }

    private List<String> languages() {
        List<String> languages = new ArrayList<>();
        Matcher language = LANGUAGE.matcher(new String(sample, StandardCharsets.ISO_8859_1));
        while (language.find()) {
            languages.add(language.group(1));
        }
        return languages;
    }

    private static boolean known(String charset) {
        try {
            return charset != null && Charset.isSupported(charset);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
