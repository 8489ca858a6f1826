package app.handshake.shared;

/**
 * One page of a list: the cursor of the last item already seen (null for the first page) and how many
 * items to return.
 */
public record PageRequest(Cursor after, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest of(String after, Integer limit) {
        return new PageRequest(after == null || after.isBlank() ? null : Cursor.decode(after),
                limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}
