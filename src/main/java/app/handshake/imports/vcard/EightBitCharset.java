package app.handshake.imports.vcard;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Which single-byte charset some 8-bit text that is not UTF-8 was most likely written in. juniversalchardet
 * knows Cyrillic, Greek, Hebrew and East Asian charsets but has no model for Central European ones (it calls
 * Polish windows-1252), so its answer competes with windows-1252, windows-1250 and ISO-8859-2, and the one that
 * reads the bytes as the most plausible words wins: no undefined bytes or control characters, no symbol inside
 * a word ("Ma³gorzata"), no letter of another script inside a Latin word. A language the file names
 * (LANGUAGE=pl) goes first when two read equally well, as "Iksi=F1ski" does: ñ in one, ń in the other.
 */
final class EightBitCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final List<Charset> LATIN = List.of(WINDOWS_1252, WINDOWS_1250,
            Charset.forName("ISO-8859-2"));
    /** The charset Windows (and so Outlook) used for a language, where it is not windows-1252. */
    private static final Map<String, String> WINDOWS_BY_LANGUAGE = Map.ofEntries(Map.entry("pl", "windows-1250"),
            Map.entry("cs", "windows-1250"), Map.entry("sk", "windows-1250"), Map.entry("hu", "windows-1250"),
            Map.entry("sl", "windows-1250"), Map.entry("hr", "windows-1250"), Map.entry("ro", "windows-1250"),
            Map.entry("ru", "windows-1251"), Map.entry("uk", "windows-1251"), Map.entry("bg", "windows-1251"),
            Map.entry("be", "windows-1251"), Map.entry("el", "windows-1253"), Map.entry("tr", "windows-1254"),
            Map.entry("lt", "windows-1257"), Map.entry("lv", "windows-1257"), Map.entry("et", "windows-1257"));

    private EightBitCharset() {}

    /** {@code languages}: LANGUAGE parameters seen in the file, first one first (may be empty). */
    static Charset of(byte[] bytes, List<String> languages) {
        List<Charset> candidates = new ArrayList<>();
        for (String language : languages) {
            String charset = WINDOWS_BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT).split("[-_]")[0]);
            if (charset != null) {
                candidates.add(Charset.forName(charset));
            }
        }
        Charset detected = detected(bytes);
        if (detected != null) {
            candidates.add(detected);
        }
        candidates.addAll(LATIN);
        Charset best = null;
        int fewest = Integer.MAX_VALUE;
        for (Charset candidate : candidates.stream().distinct().toList()) {
            int oddities = oddities(new String(bytes, candidate));
            if (oddities < fewest) {
                best = candidate;
                fewest = oddities;
            }
        }
        return best;
    }

    /** How implausible the text reads: 3 for a character that is no text, 2 for a stray script, 1 for a stray symbol. */
    static int oddities(String text) {
        int oddities = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                oddities += 3;
            } else if (!Character.isLetter(c)) {
                oddities += letter(text, i - 1) && letter(text, i + 1) ? 1 : 0;
            } else if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                    && (latinLetter(text, i - 1) || latinLetter(text, i + 1))) {
                oddities += 2;
            }
        }
        return oddities;
    }

    private static Charset detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            Charset charset = name == null ? null : Charset.forName(name);
            // the values were not UTF-8, and ASCII would not need guessing
            return charset == null || charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                    ? null : charset;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean letter(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean latinLetter(String text, int i) {
        return letter(text, i) && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN;
    }
}
