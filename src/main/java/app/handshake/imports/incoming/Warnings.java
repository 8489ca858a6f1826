package app.handshake.imports.incoming;

import app.handshake.imports.incoming.RecordReader.Notice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a reader noticed since it was last asked: collected as it reads, handed over and forgotten. */
public final class Warnings {

    private final List<Notice> pending = new ArrayList<>();

    public void add(Notice notice) {
        pending.add(notice);
    }

    public void addAll(Collection<Notice> notices) {
        pending.addAll(notices);
    }

    /** Everything noticed since the last call; the next call starts empty. */
    public List<Notice> drain() {
        List<Notice> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
