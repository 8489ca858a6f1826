package app.handshake.imports.vcard;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.Warnings;
import app.handshake.imports.incoming.TextDecoding;
import app.handshake.imports.incoming.UnreadableFileException;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files card by card with ez-vcard, which accepts what address books
 * really write (quoted-printable, folded lines, grouped properties, charset parameters). A card is read
 * one ahead, so that a file cut off in its last card is reported before that card is handed out.
 */
public final class VCardFileReader implements RecordReader {

    private final VCardReader cards;
    private final TailWatchingReader text;
    private final String file;
    private final Charset charset;
    private final QuotedPrintableValues quotedPrintable;
    private final Warnings warnings = new Warnings();
    private VCard ahead;
    private long number;
    private boolean started;

    public VCardFileReader(InputStream in, ReadOptions options) throws IOException {
        this.file = options.fileName();
        BufferedInputStream buffered = new BufferedInputStream(in, QuotedPrintableValues.SAMPLE);
        buffered.mark(QuotedPrintableValues.SAMPLE);
        byte[] sample = buffered.readNBytes(QuotedPrintableValues.SAMPLE);
        buffered.reset();
        TextDecoding.Decoded decoded = TextDecoding.open(buffered, options.charset(), file);
        if (decoded.warning() != null) {
            warnings.add(new Notice(new Origin(file, 0, 0), decoded.warning()));
        }
        this.charset = decoded.charset();
        this.quotedPrintable = QuotedPrintableValues.of(sample, options.charset());
        this.text = new TailWatchingReader(decoded.reader());
        this.cards = new VCardReader(text);
        // Quoted-printable values without a CHARSET keep their bytes, one character each, to be decoded per value:
        // the file's own charset says nothing about them (an ASCII file carries them in any charset).
        this.cards.setDefaultQuotedPrintableCharset(StandardCharsets.ISO_8859_1);
    }

    @Override
    public Incoming next() throws IOException {
        if (!started) {
            started = true;
            ahead = read();
            if (ahead == null) {
                throw new UnreadableFileException(new Origin(file, text.lines(), 0),
                        text.sawText() ? "no vCard in this file (no BEGIN:VCARD line); it is not a vCard file"
                                : "the file is empty");
            }
        }
        if (ahead == null) {
            return null;
        }
        VCard card = ahead;
        long cardNumber = ++number;
        List<ParseWarning> cardWarnings = List.copyOf(cards.getWarnings());
        ahead = read();
        if (ahead == null && !text.endedWith("END:VCARD")) {
            throw new UnreadableFileException(new Origin(file, text.lines(), cardNumber),
                    "the file ends in the middle of a card (no END:VCARD): it looks cut off");
        }
        Origin origin = new Origin(file, 0, cardNumber);
        for (ParseWarning warning : cardWarnings) {
            warnings.add(new Notice(warning.getLineNumber() == null ? origin
                    : new Origin(file, warning.getLineNumber(), cardNumber), warning.getMessage()));
        }
        CardContact contact = new CardContact(card, origin, quotedPrintable, charset);
        IncomingContact result = contact.toContact();
        String guess = quotedPrintable.guessNotice();
        if (guess != null) {
            warnings.add(new Notice(origin, guess));
        }
        warnings.addAll(contact.notices());
        return result;
    }

    private VCard read() throws IOException {
        try {
            return cards.readNext();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // ez-vcard is lenient; what it still refuses is a card that makes no sense at all.
            throw new BadRecordException(new Origin(file, text.lines(), number + 1), "unreadable card: " + e.getMessage());
        }
    }

    @Override
    public List<Notice> drainWarnings() {
        return warnings.drain();
    }

    @Override
    public void close() throws IOException {
        cards.close();
    }
}
