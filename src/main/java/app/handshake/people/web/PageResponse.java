package app.handshake.people.web;

import app.handshake.shared.Page;
import java.util.List;

/** A page of a list as the API shows it: the items and, unless this is the last page, the next cursor. */
record PageResponse<T>(List<T> items, String next) {

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.items(), page.next());
    }
}
