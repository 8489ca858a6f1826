package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Cadence;
import app.handshake.cadences.Cadences;
import app.handshake.shared.InvalidRequestException;
import app.handshake.touchpoints.Channel;
import java.util.UUID;
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

    private final Cadences cadences;

    CadenceCard(Cadences cadences) {
        this.cadences = cadences;
    }

    @GetMapping("/people/{personId}/cadence-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("cadence", cadences.of(user.actor(), personId));
        model.addAttribute("channels", Channel.values());
        return "cadences/card";
    }

    @PostMapping("/people/{personId}/cadence")
    String set(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) Integer intervalDays, @RequestParam(required = false) Channel channel,
            RedirectAttributes redirect) {
        try {
            if (intervalDays == null) {
                throw new InvalidRequestException("intervalDays", "Choose how often");
            }
            cadences.set(user.actor(), personId, new Cadence(intervalDays, channel, null));
            redirect.addFlashAttribute("notice", "Keep in touch every " + intervalDays + " days"
                    + (channel == null ? "." : ", by " + channel.label().toLowerCase() + "."));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "The cadence was not changed: " + e.getMessage() + ".");
        }
        return "redirect:/people/" + personId;
    }

    @PostMapping("/people/{personId}/cadence/clear")
    String clear(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, RedirectAttributes redirect) {
        cadences.clear(user.actor(), personId);
        redirect.addFlashAttribute("notice", "The cadence set on this person was removed.");
        return "redirect:/people/" + personId;
    }
}
