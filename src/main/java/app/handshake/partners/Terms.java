package app.handshake.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a need is matched to the vocabulary. A term is lower-cased, trimmed and its inner spaces collapsed. When no
 * term matches exactly, each word is reduced to a rough stem and the stems compared: a plural loses its "s" ("ies"
 * becomes "y", "ss" stays), "-ician" and "-ical" both become "-ic" ("electrician" and "electrical" both give
 * "electric"), "-ian" is dropped, and "-ing" and "-er" are dropped when four letters or more remain ("roofer" and
 * "roofing" both give "roof", while "power" stays "power"). Deliberately simple: the vocabulary's synonyms carry
 * everything a stem cannot guess.
 */
final class Terms {

    private Terms() {}

    static @Nullable String normalize(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return clean.isEmpty() ? null : clean;
    }

    /** The stem of a normalized term, word by word. */
    static String stem(String term) {
        return Arrays.stream(term.split(" ")).map(Terms::stemWord).collect(Collectors.joining(" "));
    }

    static String stemWord(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ician")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ical")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 5 && w.endsWith("ian")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ing") && w.length() - 3 >= 4) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("er") && w.length() - 2 >= 4) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
