package app.handshake.imports.jobs;

import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.shared.Digests;
import java.time.ZoneOffset;

/**
 * The import keys of one email. A Message-ID should name one message, but mail-merge tools, broken gateways
 * and scripts reuse ids; so a message is known by its id and a digest of its sender, date and subject
 * ({@code content}), and a message that reuses an id with other content is a message of its own.
 * {@code seen} records that this version imported the id, so that a later message with the same id and
 * other content is told as a collision.
 *
 * <p>Versions before this one stored {@code legacy}, the id alone, and no content. A message found under a
 * legacy key (and no {@code seen}) is taken to be the same message, since before this version an id stood for
 * one message: re-importing an old file changes nothing. The first such message claims the id ({@code seen}
 * and {@code content} are added then); a second, different one is then a collision like any other. A
 * collision among messages an older version already merged cannot be undone that way: that version stored
 * nothing to tell them apart.
 */
record MessageKeys(String content, String seen, String legacy) {

    static MessageKeys of(IncomingMessage message) {
        String id = message.messageId();
        return new MessageKeys("message:" + id + "|" + digest(message), "message-id:" + id, "message:" + id);
    }

    /** The thread a message starts: its id, told apart by its digest when another message has that id too. */
    static String ownThread(IncomingMessage message) {
        return message.messageId() + "|" + digest(message);
    }

    private static String digest(IncomingMessage message) {
        return Digests.sha256Hex(String.join("\n", message.from() == null ? "" : message.from().email(),
                message.sentAt().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(),
                message.subject() == null ? "" : message.subject()));
    }
}
