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
 * every prefix of its words, so that a word typed in the search box is found by equality, in an index. An
 * email address is also a word of its own, whole: typed with its "@", it finds that address, not every
 * address made of the same words.
 */
public final class SearchWords {

    /** Longer words are stored and looked up by their first 20 characters. */
    public static final int MAX_LENGTH = 20;
    /** An address, as a word of its own, by its first 40. */
    static final int MAX_ADDRESS_LENGTH = 40;
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
                addPrefixes(terms, word);
            }
            if (text != null && text.indexOf('@') > 0) {
                addPrefixes(terms, address(text));
            }
        }
        return terms;
    }

    private static void addPrefixes(Set<String> terms, String word) {
        for (int end = 1; end <= word.length(); end++) {
            if (!Character.isHighSurrogate(word.charAt(end - 1))) {
                terms.add(word.substring(0, end));
            }
        }
    }

    public static Set<String> termsOf(String... texts) {
        return termsOf(Arrays.asList(texts));
    }

    /** The words of a search, longest first (the most selective leads the lookup), at most {@link #MAX_QUERY_WORDS}. */
    static List<String> queryWords(String text) {
        Set<String> unique = new LinkedHashSet<>();
        for (String token : text == null ? new String[0] : text.strip().split("\\s+")) {
            String address = address(token);
            if (address.indexOf('@') > 0) {
                unique.add(address);
            } else {
                unique.addAll(words(token));
            }
        }
        List<String> words = new ArrayList<>(unique);
        words.sort((a, b) -> b.length() - a.length());
        return words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(truncate(word, MAX_LENGTH));
            }
        }
        return words;
    }

    /** An address (or what is typed of one) as one word: folded, without what comes before its first letter. */
    private static String address(String text) {
        String folded = fold(text.strip());
        int start = 0;
        while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
            start++;
        }
        return truncate(folded.substring(start), MAX_ADDRESS_LENGTH);
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String truncate(String word, int max) {
        if (word.length() <= max) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(max - 1)) ? max - 1 : max;
        return word.substring(0, end);
    }
}
