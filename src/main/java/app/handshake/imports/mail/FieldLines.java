package app.handshake.imports.mail;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;

/**
 * Builds header fields as mime4j's own builder does, counting the lines it is handed, so that a warning about
 * a header names the line the header is on. mime4j hands over every header line, folded ones and those of
 * fields it then rejects included, and reads ahead of the fields it gives out, so the splitter's line count
 * cannot tell this. Only the message's own header is counted: parts of the body come after it.
 */
final class FieldLines implements FieldBuilder {

    private final DefaultFieldBuilder fields;
    private final long firstLine;
    private long linesHandedOver;
    private long fieldLine;
    private boolean fieldStarted;

    FieldLines(int maxHeaderLength, long firstLine) {
        this.fields = new DefaultFieldBuilder(maxHeaderLength);
        this.firstLine = firstLine;
        this.fieldLine = firstLine;
    }

    /** The line the field built last starts on. */
    long fieldLine() {
        return fieldLine;
    }

    @Override
    public void reset() {
        fields.reset();
        fieldStarted = false;
    }

    @Override
    public void append(ByteArrayBuffer line) throws MimeException {
        if (!fieldStarted) {
            fieldStarted = true;
            fieldLine = firstLine + linesHandedOver;
        }
        linesHandedOver++;
        fields.append(line);
    }

    @Override
    public RawField build() throws MimeException {
        return fields.build();
    }

    @Override
    public RecycledByteArrayBuffer getRaw() {
        return fields.getRaw();
    }

    @Override
    public void release() {
        fields.release();
    }
}
