package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Cadence;
import app.handshake.cadences.Cadences;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cadence card of the person page: where the cadence comes from, when it is due, and a form to change it. */
@Controller
class CadenceCard {

    private static final String CHANGED_MEANWHILE = "The cadence was not changed: someone changed it since you opened "
            + "this page. Here it is as it is now.";

    private static final FormFields FIELDS = FormFields.of().field("intervalDays", "Interval in days")
            .field("channel", "cadenceChannel", "Channel");

    private final Cadences cadences;
    private final app.handshake.cadences.Agenda agenda;

    CadenceCard(Cadences cadences, app.handshake.cadences.Agenda agenda) {
        this.cadences = cadences;
        this.agenda = agenda;
    }

    @GetMapping("/people/{personId}/cadence-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("cadence", cadences.of(user.actor(), personId));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("snoozedUntil", agenda.snoozedUntil(user.actor(), personId).orElse(null));
        return "cadences/card";
    }

    @PostMapping("/people/{personId}/snooze/lift")
    String liftSnooze(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            RedirectAttributes redirect) {
        agenda.liftSnooze(user.actor(), personId);
        redirect.addFlashAttribute("notice", "The snooze is lifted: they are back on Today when due.");
        return "redirect:/people/" + personId;
    }

    /**
     * A refused interval comes back on a page of its own with the form and its error summary: the card on the
     * person page is loaded separately and could not show it.
     */
    @PostMapping("/people/{personId}/cadence")
    String set(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) String intervalDays, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            int days = days(intervalDays);
            cadences.set(user.actor(), personId, seen(version), new Cadence(days, channel, null));
            redirect.addFlashAttribute("notice", "Keep in touch every " + days + " days"
                    + (channel == null ? "." : ", by " + channel.label().toLowerCase() + "."));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(e));
            model.addAttribute("typedInterval", intervalDays);
            model.addAttribute("typedChannel", channel);
            card(user, personId, model);
            return "cadences/change";
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("notice", CHANGED_MEANWHILE);
        }
        return "redirect:/people/" + personId;
    }

    @PostMapping("/people/{personId}/cadence/clear")
    String clear(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            cadences.clear(user.actor(), personId, seen(version));
            redirect.addFlashAttribute("notice", "The cadence set on this person was removed.");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("notice", CHANGED_MEANWHILE);
        }
        return "redirect:/people/" + personId;
    }

    private static int days(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidRequestException("intervalDays", "is required: choose how often");
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("intervalDays", "must be a whole number of days, such as 30");
        }
    }

    /** A form without the version it was read at cannot prove it saw the latest change. */
    private static long seen(Long version) {
        return version == null ? -1 : version;
    }
}
