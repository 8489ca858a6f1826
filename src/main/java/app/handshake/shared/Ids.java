package app.handshake.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Record ids: UUIDv7 (RFC 9562). Time-ordered so that new rows land at the end of an index, with 74
 * random bits so that an id cannot be guessed from another.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static UUID newId() {
        return newId(Clock.systemUTC());
    }

    public static UUID newId(Clock clock) {
        long millis = clock.millis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
