package app.handshake.imports.incoming;

/**
 * Records a reader left out on purpose, so far: {@code skipped} for a reason it warned about (an all-day or a
 * cancelled event is no meeting), {@code outsideWindow} because they took place before the import window or
 * have not taken place yet. Neither is a failure; both are counted, so that a file is never "0 read" in
 * silence.
 */
public record LeftOut(long skipped, long outsideWindow) {

    public static final LeftOut NONE = new LeftOut(0, 0);
}
