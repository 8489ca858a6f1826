package app.handshake.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value Handshake refuses, with a reason written for the client (no type names). */
public class RefusedValue extends InvalidFormatException {

    RefusedValue(JsonParser parser, String reason, Object value, Class<?> type) {
        super(parser, reason, value, type);
    }

    /** The reason alone, without Jackson's location suffix. */
    public String reason() {
        return getOriginalMessage();
    }
}
