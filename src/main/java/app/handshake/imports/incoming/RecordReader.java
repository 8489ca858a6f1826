package app.handshake.imports.incoming;

import java.io.IOException;
import java.util.List;

/**
 * Reads the records of one file, one at a time, never holding the whole file. A record that cannot be
 * understood throws {@link BadRecordException} and the reader can go on with the next one; a file that
 * cannot be read at all throws {@link UnreadableFileException}.
 */
public interface RecordReader extends AutoCloseable {

    /** The next record, or null at the end of the file. */
    Incoming next() throws IOException;

    /** Deviations from the standard accepted since the last call (a blank time zone, a bare CR ...). */
    List<Notice> drainWarnings();

    /** What the reader has left out on purpose so far (not failures); readers that leave nothing out need not say. */
    default LeftOut leftOut() {
        return LeftOut.NONE;
    }

    @Override
    void close() throws IOException;

    /** Something the reader noticed about the file at a place. */
    record Notice(Origin origin, String message) {}
}
