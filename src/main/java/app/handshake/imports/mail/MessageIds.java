package app.handshake.imports.mail;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message ids as Message-ID, References and In-Reply-To give them, without their angle brackets. */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");

    private MessageIds() {}

    /** The message's own id; one written without brackets (as some gateways do) is taken as it is. */
    static String own(String value, Consumer<String> warn) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String bracketed = firstBracketed(value);
        if (bracketed != null) {
            return bracketed;
        }
        String bare = value.strip().split("\\s+")[0];
        if (bare.indexOf('<') >= 0 || bare.indexOf('>') >= 0) {
            return null;
        }
        warn.accept("the Message-ID " + bare + " has no angle brackets; taken as it is");
        return bare;
    }

    /**
     * The first id the field names: the start of the thread in References, the parent in In-Reply-To. Old
     * clients put text around it ("Your message of ..."); without brackets only something with an @ counts.
     */
    static String first(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String bracketed = firstBracketed(value);
        if (bracketed != null) {
            return bracketed;
        }
        for (String word : value.strip().split("\\s+")) {
            if (word.indexOf('@') > 0) {
                return word;
            }
        }
        return null;
    }

    private static String firstBracketed(String value) {
        Matcher id = BRACKETED.matcher(value);
        while (id.find()) {
            String inside = id.group(1).replaceAll("\\s+", "");
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        return null;
    }
}
