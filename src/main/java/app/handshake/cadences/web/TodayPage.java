package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Agenda;
import app.handshake.cadences.CalendarFeeds;
import app.handshake.people.People;
import app.handshake.platform.web.PublicAddress;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.PlannedTouchpoints;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.Touchpoints;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Today: whom to be in touch with, actionable in one click; and the calendar feed. */
@Controller
class TodayPage {

    /** How long Done can be taken back from Today; after that the touchpoint's own page deletes it. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(10);
    private static final String UNDO = "today.undo";
    /** Planned meetings this many days ahead show below today's, as a look at the week. */
    private static final int UPCOMING_DAYS = 7;

    private final Agenda agenda;
    private final CalendarFeeds feeds;
    private final People people;
    private final Touchpoints touchpoints;
    private final PublicAddress address;
    private final app.handshake.accounts.TimeZones zones;
    private final Clock clock;
    private final PlannedTouchpoints planned;

    TodayPage(Agenda agenda, CalendarFeeds feeds, People people, Touchpoints touchpoints, PublicAddress address,
            app.handshake.accounts.TimeZones zones, Clock clock, PlannedTouchpoints planned) {
        this.planned = planned;
        this.zones = zones;
        this.agenda = agenda;
        this.feeds = feeds;
        this.people = people;
        this.touchpoints = touchpoints;
        this.address = address;
        this.clock = clock;
    }

    /**
     * A Done that may still be taken back, kept in the session of the one who pressed it (the due date it
     * restores must not come from a form).
     */
    record UndoTicket(UUID touchpointId, long version, UUID personId, String what, OffsetDateTime dueBefore,
            Instant until) implements Serializable {}

    @GetMapping({"/", "/today"})
    String today(@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session) {
        List<Agenda.Item> items = agenda.today(user.actor());
        java.time.ZoneId zone = zones.zoneOf(user.user());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("section", "today");
        model.addAttribute("items", items.stream().map(item -> TodayPageItem.of(item,
                people.find(user.actor(), item.personId()).orElse(null), last(user, item.personId()), today,
                zone)).toList());
        model.addAttribute("undoable", undoable(session));
        model.addAttribute("initiators", Initiator.values());
        model.addAttribute("overdue", items.stream().filter(Agenda.Item::overdue).count());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("today", today);
        model.addAttribute("snoozeChoices", List.of(today.plusDays(1), today.plusDays(3), today.plusWeeks(1),
                today.plusMonths(1)));
        model.addAttribute("feedSince", feeds.activeSince(user.actor()).orElse(null));
        // Meetings of today and those whose time has passed without being logged; then the coming week's.
        OffsetDateTime tomorrow = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        model.addAttribute("plannedNow", planned.upcoming(user.actor(), null, tomorrow));
        model.addAttribute("plannedSoon", planned.upcoming(user.actor(), tomorrow, tomorrow.plusDays(UPCOMING_DAYS)));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "cadences/today";
    }

    @PostMapping("/today/{personId}/done")
    String done(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam Channel channel, @RequestParam(required = false) String summary,
            @RequestParam(required = false) Initiator initiatedBy, HttpSession session) {
        Agenda.Done done = agenda.done(user.actor(), personId, channel, summary, initiatedBy);
        TouchpointDetails logged = done.touchpoint();
        String what = channel.label() + " with " + logged.people().stream().map(p -> p.name()).findFirst()
                .orElse("them");
        List<UndoTicket> tickets = new ArrayList<>(undoable(session));
        tickets.addFirst(new UndoTicket(logged.id(), logged.version(), personId, what, done.dueBefore(),
                clock.instant().plus(UNDO_WINDOW)));
        session.setAttribute(UNDO, new ArrayList<>(tickets.subList(0, Math.min(tickets.size(), 5))));
        return "redirect:/today";
    }

    @PostMapping("/today/undo/{touchpointId}")
    String undo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID touchpointId, HttpSession session,
            RedirectAttributes redirect) {
        List<UndoTicket> tickets = new ArrayList<>(undoable(session));
        UndoTicket ticket = tickets.stream().filter(t -> t.touchpointId().equals(touchpointId)).findFirst().orElse(null);
        if (ticket == null) {
            redirect.addFlashAttribute("notice", "That can no longer be undone here: open the touchpoint from the"
                    + " person's timeline to delete it.");
            return "redirect:/today";
        }
        tickets.remove(ticket);
        session.setAttribute(UNDO, tickets);
        try {
            agenda.undo(user.actor(), ticket.touchpointId(), ticket.version(), ticket.personId(), ticket.dueBefore());
            redirect.addFlashAttribute("notice", "Undone: " + ticket.what() + " is no longer logged; the score and"
                    + " the due date are back to what they were.");
        } catch (RecordNotFoundException e) {
            redirect.addFlashAttribute("notice", "That touchpoint was already deleted.");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("notice", "That touchpoint was changed since: open it to delete it.");
        }
        return "redirect:/today";
    }

    /** The last touchpoint with the person the user may see; a meeting planned for later is not the last one. */
    private TouchpointDetails last(SignedInUser user, UUID personId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return touchpoints.timeline(user.actor(), personId, PageRequest.first(5)).items().stream()
                .filter(t -> !t.occurredAt().isAfter(now)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<UndoTicket> undoable(HttpSession session) {
        Object stored = session.getAttribute(UNDO);
        Instant now = clock.instant();
        return stored instanceof List<?> list ? ((List<UndoTicket>) list).stream()
                .filter(t -> t.until().isAfter(now)).toList() : List.of();
    }

    @PostMapping("/today/{personId}/snooze")
    String snooze(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, RedirectAttributes redirect) {
        agenda.snooze(user.actor(), personId, until);
        redirect.addFlashAttribute("notice", "Snoozed until " + until + ".");
        return "redirect:/today";
    }

    @PostMapping("/today/calendar")
    String renewFeed(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", CalendarFeedApi.url(address, feeds.renew(user.actor())));
        return "redirect:/today";
    }

    @PostMapping("/today/calendar/off")
    String revokeFeed(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        feeds.revoke(user.actor());
        redirect.addFlashAttribute("notice", "Your calendar feed is off; its address no longer works.");
        return "redirect:/today";
    }
}
