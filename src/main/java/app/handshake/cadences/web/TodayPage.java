package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Agenda;
import app.handshake.cadences.CalendarFeeds;
import app.handshake.platform.web.PublicAddress;
import app.handshake.touchpoints.Channel;
import java.time.Clock;
import java.time.LocalDate;
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

    private final Agenda agenda;
    private final CalendarFeeds feeds;
    private final PublicAddress address;
    private final Clock clock;

    TodayPage(Agenda agenda, CalendarFeeds feeds, PublicAddress address, Clock clock) {
        this.agenda = agenda;
        this.feeds = feeds;
        this.address = address;
        this.clock = clock;
    }

    @GetMapping({"/", "/today"})
    String today(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<Agenda.Item> items = agenda.today(user.actor());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("section", "today");
        model.addAttribute("items", items);
        model.addAttribute("overdue", items.stream().filter(Agenda.Item::overdue).count());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("today", today);
        model.addAttribute("snoozeChoices", List.of(today.plusDays(1), today.plusDays(3), today.plusWeeks(1),
                today.plusMonths(1)));
        model.addAttribute("feedSince", feeds.activeSince(user.actor()).orElse(null));
        return "cadences/today";
    }

    @PostMapping("/today/{personId}/done")
    String done(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam Channel channel, @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        var logged = agenda.done(user.actor(), personId, channel, summary);
        redirect.addFlashAttribute("notice", channel.label() + " with " + logged.people().stream()
                .map(p -> p.name()).findFirst().orElse("them") + " logged. The next one is due in their cadence.");
        return "redirect:/today";
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
