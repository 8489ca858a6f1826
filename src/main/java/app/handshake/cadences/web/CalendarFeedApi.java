package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Cadences and agenda")
class CalendarFeedApi {

    private final CalendarFeeds feeds;

    CalendarFeedApi(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping("/api/calendar-feed")
    @Operation(summary = "A new secret address for the caller's iCalendar feed of due touchpoints; the old one stops working")
    ResponseEntity<FeedAddress> renew(@AuthenticationPrincipal SignedInUser user) {
        String secret = feeds.renew(user.actor());
        return ResponseEntity.status(201).header("Cache-Control", "no-store").body(new FeedAddress(url(secret)));
    }

    /** The feed's address, shown in this answer only: the secret in it is the feed's key. */
    record FeedAddress(String url) {

        @Override
        public String toString() { // Spring logs answers at DEBUG
            return "FeedAddress[****]";
        }
    }

    @DeleteMapping("/api/calendar-feed")
    @Operation(summary = "Turn the caller's calendar feed off")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user) {
        feeds.revoke(user.actor());
        return ResponseEntity.noContent().build();
    }

    static String url(String secret) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{secret}.ics")
                .buildAndExpand(secret).toUriString();
    }
}
