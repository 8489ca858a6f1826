package app.handshake.people;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Where a record came from: typed in a page, sent through the API, imported from a file, or part of the
 * demo workspace. Set by the server, never by the client.
 */
@NullMarked
public record Source(Channel channel, @Nullable String detail) {

    public enum Channel {
        web, api, imported, demo
    }

    public static Source web() {
        return new Source(Channel.web, null);
    }

    public static Source api() {
        return new Source(Channel.api, null);
    }

    public static Source imported(String fileAndFormat) {
        return new Source(Channel.imported, fileAndFormat);
    }
}
