package app.handshake.accounts;

import app.handshake.shared.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who sees a record: the whole workspace ({@code shared}), or only its owner, the owner's manager and
 * admins ({@code private}).
 */
public enum Visibility {
    SHARED("shared"), PRIVATE("private");

    private final String key;

    Visibility(String key) {
        this.key = key;
    }

    /** The name in the API, the pages and the database. */
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Visibility of(String key) {
        if (key == null || key.isBlank()) {
            return SHARED;
        }
        for (Visibility visibility : values()) {
            if (visibility.key.equals(key)) {
                return visibility;
            }
        }
        throw new InvalidRequestException("visibility", "must be shared or private");
    }
}
