package app.handshake.imports.incoming;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One email. {@code messageId} is the Message-ID without angle brackets (or a digest of the headers when
 * there is none); {@code threadId} the first message of its thread as References / In-Reply-To name it
 * (the message itself when it starts one). {@code body} is the plain text, or null unless asked for.
 * {@code automatic} says why a program rather than a person sent it (a delivery report, an auto-reply, a
 * mailing list ...), or is null.
 */
public record IncomingMessage(Origin origin, String messageId, String threadId, OffsetDateTime sentAt,
        String subject, Address from, List<Address> to, List<Address> cc, String body, String automatic)
        implements Incoming {

    public IncomingMessage {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
