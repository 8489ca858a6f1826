package app.handshake.accounts;

import java.util.UUID;

/**
 * A user changed their password: every other session of theirs ends, as someone who knew the old
 * password may be signed in there. The session the change was made in (if any) stays; API tokens stay.
 */
record PasswordChanged(UUID userId, String keptSessionId) {}
