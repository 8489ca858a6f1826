package app.handshake.imports.incoming;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an uploaded text file into characters. Address books and spreadsheets rarely say
 * their charset: a byte order mark decides first, then the user's choice, then UTF-16 told by its zero
 * bytes, then strict UTF-8, then a statistical guess (Shift_JIS, windows-1252 ...). Bytes that do not
 * fit the charset stop the import with the line they are on, instead of turning into question marks.
 */
public final class TextDecoding {

    private static final int SAMPLE = 64 * 1024;

    private TextDecoding() {}

    /** Characters to read, the charset they were decoded from, and why that one (null when declared). */
    public record Decoded(Reader reader, Charset charset, String warning) {}

    public static Decoded open(InputStream raw, Charset chosen, String file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE);
        in.mark(SAMPLE);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        Charset bom = byteOrderMark(sample);
        if (bom != null) {
            in.skipNBytes(bom == StandardCharsets.UTF_8 ? 3 : 2);
            return decoded(in, bom, null, file);
        }
        if (chosen != null) {
            return decoded(in, chosen, null, file);
        }
        Charset utf16 = utf16ByZeroBytes(sample);
        if (utf16 != null) {
            return decoded(in, utf16, "no byte order mark; read as " + utf16.name() + " by its zero bytes", file);
        }
        if (indexOf(sample, (byte) 0) >= 0) {
            throw new UnreadableFileException(new Origin(file, 0, 0), "this is a binary file, not text");
        }
        if (isUtf8(sample)) {
            return decoded(in, StandardCharsets.UTF_8, null, file);
        }
        Charset guessed = guess(sample);
        return decoded(in, guessed, "no charset declared and not UTF-8; read as " + guessed.name(), file);
    }

    private static Decoded decoded(InputStream in, Charset charset, String warning, String file) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Decoded(new LineCountingReader(new InputStreamReader(in, decoder), file, charset), charset, warning);
    }

    static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Text in UTF-16 has a zero in every other byte for Latin letters; binary files have zeros anywhere. */
    static Charset utf16ByZeroBytes(byte[] b) {
        int pairs = b.length / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Strict UTF-8, forgiving only a sequence cut off at the end of the sample. */
    static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        var result = decoder.decode(bytes, java.nio.CharBuffer.allocate(sample.length), false);
        return !result.isError() && sample.length - bytes.position() < 4;
    }

    private static Charset guess(byte[] sample) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException ignored) {
            // an unknown name: fall through to the usual charset of old Windows exports
        }
        return Charset.forName("windows-1252");
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Counts lines as characters pass, so that a byte that does not decode is reported on its line. */
    static final class LineCountingReader extends FilterReader {

        private final String file;
        private final Charset charset;
        private long line = 1;

        LineCountingReader(Reader in, String file, Charset charset) {
            super(in);
            this.file = file;
            this.charset = charset;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                int n = super.read(buffer, offset, length);
                for (int i = offset; i < offset + n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
                return n;
            } catch (CharacterCodingException e) {
                throw new UnreadableFileException(new Origin(file, line, 0),
                        "bytes that are not valid " + charset.name() + "; choose the file's charset");
            }
        }
    }
}
