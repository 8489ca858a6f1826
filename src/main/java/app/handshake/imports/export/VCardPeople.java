package app.handshake.imports.export;

import app.handshake.people.PersonDetails;
import app.handshake.shared.ContentLineWriter;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People as vCard 4.0, one card at a time. One person's odd value never cuts the team's export short: what
 * a vCard cannot hold is left out of that value and the card says which fields in X-HANDSHAKE-ALTERED, and a
 * card the writer still refuses is left out. Both are logged with the person's id (never the value, which
 * may be private) and counted at the end.
 */
final class VCardPeople implements PeopleWriters.PersonWriter {

    static final String ALTERED = "X-HANDSHAKE-ALTERED";
    private static final Logger log = LoggerFactory.getLogger(VCardPeople.class);

    private final Writer out;
    private int altered;
    private int leftOut;

    VCardPeople(Writer out) {
        this.out = out;
    }

    @Override
    public void write(PersonDetails person) {
        CardText text = new CardText();
        VCard card = PeopleWriters.card(person, text);
        if (!text.altered().isEmpty()) {
            card.addExtendedProperty(ALTERED, "characters a vCard cannot carry were left out of "
                    + String.join(" and ", text.altered()));
            altered++;
            log.warn("vCard export: characters a vCard cannot carry were left out of {} of person {}",
                    text.altered(), person.id());
        }
        // Each card is written whole before it reaches the file, so a refused card leaves no half behind.
        StringWriter one = new StringWriter();
        try (VCardWriter writer = new VCardWriter(new ContentLineWriter(one), VCardVersion.V4_0)) {
            // Folded at 75 octets by ContentLineWriter; ez-vcard would fold at 75 characters.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            // Labels arrive encoded by ParameterText: RFC 6868 only for what quotes cannot carry.
            writer.setCaretEncodingEnabled(false);
            PlainTextScribes.registerOn(writer);
            writer.write(card);
        } catch (IOException | RuntimeException e) {
            leftOut++;
            log.warn("vCard export: person {} was left out: {}", person.id(), e.getMessage());
            return;
        }
        try {
            out.write(one.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (altered > 0 || leftOut > 0) {
            log.warn("vCard export finished: {} cards with characters left out, {} people left out", altered, leftOut);
        }
    }
}
