package app.handshake.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into the words a search finds: lower case, accents removed, split at anything that is not
 * a letter or a digit ("ada.lovelace@example.com" is ada, lovelace, example, com). A record is stored with
 * every prefix of its words, so that a word typed in the search box is found by equality, in an index.
 */
public final class SearchWords {

    /** Longer words are stored and looked up by their first 20 characters. */
    public static final int MAX_LENGTH = 20;
    /** More words than this in one search are not looked up: the first ones already narrow it to a few. */
    static final int MAX_QUERY_WORDS = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {}

    /** Every prefix of every word of these texts (nulls are skipped), each once. */
    public static Set<String> termsOf(Iterable<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : words(text)) {
                for (int end = 1; end <= word.length(); end++) {
                    if (!Character.isHighSurrogate(word.charAt(end - 1))) {
                        terms.add(word.substring(0, end));
                    }
                }
            }
        }
        return terms;
    }

    public static Set<String> termsOf(String... texts) {
        return termsOf(Arrays.asList(texts));
    }

    /** The words of a search, longest first (the most selective leads the lookup), at most {@link #MAX_QUERY_WORDS}. */
    static List<String> queryWords(String text) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(words(text)));
        words.sort((a, b) -> b.length() - a.length());
        return words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(truncate(word));
            }
        }
        return words;
    }

    private static String truncate(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
