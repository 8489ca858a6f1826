package app.handshake.advisor.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.advisor.HandOver;
import app.handshake.advisor.HandOverProposal;
import app.handshake.advisor.HandOvers;
import app.handshake.shared.ConflictException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hand-over in the pages: the proposal with a new owner and a date for each relationship, a confirmation
 * before anything moves, and the plan's progress as the introductions happen.
 */
@Controller
class HandOverPages {

    private final HandOvers handOvers;
    private final TimeZones zones;

    HandOverPages(HandOvers handOvers, TimeZones zones) {
        this.handOvers = handOvers;
        this.zones = zones;
    }

    @GetMapping("/hand-overs/new")
    String proposal(@AuthenticationPrincipal SignedInUser user, @RequestParam UUID userId,
            @RequestParam(required = false) UUID to, Model model) {
        HandOverProposal proposal = handOvers.propose(user.actor(), userId, to);
        model.addAttribute("section", "team");
        model.addAttribute("proposal", proposal);
        model.addAttribute("to", to);
        model.addAttribute("zone", zone(user));
        return "advisor/hand-over-new";
    }

    /** The form's rows come as parallel lists, one entry per relationship, in the order of the page. */
    @PostMapping("/hand-overs")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam UUID userId,
            @RequestParam(name = "personId", required = false) List<UUID> personIds,
            @RequestParam(name = "newOwnerId", required = false) List<String> newOwnerIds,
            @RequestParam(name = "plannedAt", required = false) List<String> plannedAts,
            @RequestParam(name = "channel", required = false) List<Channel> channels, RedirectAttributes redirect) {
        int rows = personIds == null ? 0 : personIds.size();
        if (rows == 0 || newOwnerIds == null || plannedAts == null || channels == null || newOwnerIds.size() != rows
                || plannedAts.size() != rows || channels.size() != rows) {
            redirect.addFlashAttribute("problem", "There is nothing to hand over.");
            return "redirect:/hand-overs/new?userId=" + userId;
        }
        ZoneId zone = zone(user);
        List<HandOvers.Choice> choices = new ArrayList<>();
        try {
            for (int i = 0; i < rows; i++) {
                if (newOwnerIds.get(i) == null || newOwnerIds.get(i).isBlank()) {
                    throw new InvalidRequestException("newOwnerId", "Choose a new owner for every relationship.");
                }
                choices.add(new HandOvers.Choice(personIds.get(i), UUID.fromString(newOwnerIds.get(i)),
                        LocalDateTime.parse(plannedAts.get(i)).atZone(zone).toOffsetDateTime(), channels.get(i)));
            }
            HandOver made = handOvers.create(user.actor(), userId, choices);
            return "redirect:/hand-overs/" + made.id() + "/accept";
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "Give every introduction a date and a time.");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/hand-overs/new?userId=" + userId;
    }

    @GetMapping("/hand-overs/{id}/accept")
    String confirmAccept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        HandOver plan = handOvers.get(user.actor(), id);
        int n = plan.itemCount();
        model.addAttribute("section", "team");
        model.addAttribute("question", "Hand " + plan.userName() + "'s " + n + (n == 1 ? " relationship" : " relationships")
                + " over and plan the meetings?");
        model.addAttribute("consequence", "Each person, their keep-in-touch cadence and the open deals "
                + plan.userName() + " owns with them go to their new owner now, and " + n
                + (n == 1 ? " introduction meeting is" : " introduction meetings are") + " planned. Moving someone back"
                + " later is done person by person.");
        model.addAttribute("action", "/hand-overs/" + id + "/accept");
        model.addAttribute("hidden", Map.of("version", plan.version()));
        model.addAttribute("button", "Accept and plan the meetings");
        model.addAttribute("cancel", "/hand-overs/" + id);
        return "confirm";
    }

    @PostMapping("/hand-overs/{id}/accept")
    String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            HandOver plan = handOvers.accept(user.actor(), id, version);
            redirect.addFlashAttribute("notice", "Accepted: " + plan.itemCount() + " introduction "
                    + (plan.itemCount() == 1 ? "meeting" : "meetings") + " planned, and the relationships have their"
                    + " new owners.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ".");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone changed this plan since you opened it: look at it again.");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/hand-overs/" + id;
    }

    @GetMapping("/hand-overs/{id}")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("section", "team");
        model.addAttribute("plan", handOvers.get(user.actor(), id));
        model.addAttribute("me", user.user().id());
        return "advisor/hand-over";
    }

    private ZoneId zone(SignedInUser user) {
        return zones.zoneOf(user.user());
    }
}
