package app.handshake.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list and the cursor of the next page, null on the last page. */
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from a query that fetched one row more than asked: that extra row only tells
     * that another page exists.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.getLast()).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
