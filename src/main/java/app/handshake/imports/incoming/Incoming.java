package app.handshake.imports.incoming;

/** One record read from an imported file, before it is matched to what the workspace already holds. */
public sealed interface Incoming permits IncomingContact, IncomingMeeting, IncomingMessage, IncomingDeal,
        IncomingUsage, IncomingPartner, IncomingEndorsement {

    Origin origin();
}
