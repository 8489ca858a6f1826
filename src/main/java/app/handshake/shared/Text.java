package app.handshake.shared;

/** Normalising of free text typed by people: blank means absent. */
public final class Text {

    private Text() {}

    /** A LIKE pattern that finds the text anywhere, with % _ and \ in it matched as themselves. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
