package app.handshake.platform.web;

import app.handshake.shared.InvalidRequestException;

/** ETags of updatable resources are their version numbers; If-Match must send one back. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a write builds on, from a required If-Match header; null for {@code If-Match: *},
     * which asks for no version check (RFC 9110: any current version will do).
     */
    public static Long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return ifMatch.strip().equals("*") ? null : parse(ifMatch);
    }

    /** The version a write builds on, or null when the client sent no If-Match. */
    public static Long optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be an ETag this server handed out, such as \"3\"");
        }
    }
}
