package app.handshake.partners.ranking;

import java.util.Locale;

/**
 * The simple stem of a need or a specialty term, for when the vocabulary has no exact entry: "electrician",
 * "electricians" and "electrical" all come to "electric", "plumbing" and "plumber" to "plumb".
 */
final class NeedWords {

    private static final String[] ENDINGS = {"icians", "ician", "ical", "ians", "ian", "ing", "ers", "er", "al", "es",
            "s"};

    private NeedWords() {}

    static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String stem(String words) {
        String key = key(words);
        for (String ending : ENDINGS) {
            if (key.endsWith(ending) && key.length() - ending.length() >= 4) {
                String stem = key.substring(0, key.length() - ending.length());
                // "electrician" less "ician" is "electr": the c belongs to the stem.
                return ending.startsWith("ic") ? stem + "ic" : stem;
            }
        }
        return key;
    }
}
