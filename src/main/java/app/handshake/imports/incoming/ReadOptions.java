package app.handshake.imports.incoming;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;

/**
 * What a reader needs besides the bytes: the file's name (for messages), the charset the user chose
 * (null: detect), the moment of the import (only meetings that already happened become touchpoints), the
 * start of the window recurring events are expanded in, whether to keep message bodies, and how many
 * meetings a calendar may give.
 */
public record ReadOptions(String fileName, Charset charset, OffsetDateTime now, OffsetDateTime since,
        boolean keepBodies, OccurrenceLimits occurrences) {

    /** With the default occurrence limits. */
    public ReadOptions(String fileName, Charset charset, OffsetDateTime now, OffsetDateTime since,
            boolean keepBodies) {
        this(fileName, charset, now, since, keepBodies, OccurrenceLimits.DEFAULT);
    }
}
