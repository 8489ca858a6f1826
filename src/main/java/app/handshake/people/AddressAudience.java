package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.util.UUID;

/**
 * Among which records a person's email addresses must be unique: the records that are seen together.
 * Every shared record is one audience; each owner's private records are another. Two records that only
 * admins and managers see together may hold the same address, and are merged by them or the owner.
 */
final class AddressAudience {

    /** Every shared record. */
    static final UUID EVERYONE = new UUID(0, 0);
    /** Private records without an owner (from before there were users), which only admins see. */
    static final UUID ADMINS = new UUID(-1, -1);

    private AddressAudience() {}

    static UUID of(Visibility visibility, UUID ownerId) {
        if (visibility == Visibility.SHARED) {
            return EVERYONE;
        }
        return ownerId == null ? ADMINS : ownerId;
    }
}
