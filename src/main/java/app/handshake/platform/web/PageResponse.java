package app.handshake.platform.web;

import app.handshake.shared.Page;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A page of a list as the API shows it: the items and, unless this is the last page, the next cursor. */
@NullMarked
public record PageResponse<T>(List<T> items, @Nullable String next) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.items(), page.next());
    }
}
