package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.CalendarFeeds;
import app.handshake.platform.web.PublicAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cadences and agenda")
class CalendarFeedApi {

    private final CalendarFeeds feeds;
    private final PublicAddress address;

    CalendarFeedApi(CalendarFeeds feeds, PublicAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @PostMapping("/api/calendar-feed")
    @Operation(operationId = "renewCalendarFeed",
            summary = "A new secret address for the caller's iCalendar feed of due touchpoints; the old one stops working")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<FeedAddress> renew(@AuthenticationPrincipal SignedInUser user) {
        String secret = feeds.renew(user.actor());
        return ResponseEntity.status(201).header("Cache-Control", "no-store").body(new FeedAddress(url(address, secret)));
    }

    /** The feed's address, shown in this answer only: the secret in it is the feed's key. */
    record FeedAddress(String url) {

        @Override
        public String toString() { // Spring logs answers at DEBUG
            return "FeedAddress[****]";
        }
    }

    @DeleteMapping("/api/calendar-feed")
    @Operation(operationId = "revokeCalendarFeed", summary = "Turn the caller's calendar feed off")
    @ApiResponse(responseCode = "204", description = "Turned off")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user) {
        feeds.revoke(user.actor());
        return ResponseEntity.noContent().build();
    }

    /** Absolute, as calendar applications need it, and never built from the request's Host header. */
    static String url(PublicAddress address, String secret) {
        return address.of("/calendar/{secret}.ics", secret);
    }
}
