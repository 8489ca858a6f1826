package app.handshake.relationships;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a person decides, read from their title: there is no role field, and a title is what every import
 * brings. Decision level is a chief or a C-level acronym (CEO, CFO, CIO, CTO ...), a president or vice
 * president (VP, SVP, EVP), a director, a head of something, an owner, a founder, a chair, a general manager
 * or a managing partner, in English, as words of the title; an assistant is not ("Assistant to the CEO").
 */
final class DecisionLevel {

    private static final Pattern DECIDES = Pattern.compile("\\b(chief|ceo|cfo|cio|cto|coo|cmo|cso|ciso|cpo|cdo|cro"
            + "|chro|president|vp|svp|evp|director|head|owner|founder|co-founder|chair|chairman|chairwoman|chairperson"
            + "|general manager|managing partner)\\b");
    private static final Pattern ASSISTS = Pattern.compile("\\b(assistant|to the|office of)\\b");

    private DecisionLevel() {}

    static boolean of(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String words = title.toLowerCase(Locale.ROOT);
        return DECIDES.matcher(words).find() && !ASSISTS.matcher(words).find();
    }
}
