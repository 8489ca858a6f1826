package app.handshake.shared;

/** Normalising of free text typed by people: blank means absent. */
public final class Text {

    private Text() {}

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
