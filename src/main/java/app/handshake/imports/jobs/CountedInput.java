package app.handshake.imports.jobs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The file as the reader consumes it, counting its bytes: how far along the import is, whatever the format. */
final class CountedInput extends FilterInputStream {

    private volatile long count;

    CountedInput(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += Math.max(0, skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        // A reset would count bytes twice.
        return false;
    }
}
