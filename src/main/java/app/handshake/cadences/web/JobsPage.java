package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Reminders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For admins: when the in-app reminder run last ran, how it ended and what it produced; and a run now. */
@Controller
class JobsPage {

    private final Reminders reminders;

    JobsPage(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/jobs")
    String runs(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("section", "jobs");
        model.addAttribute("runs", reminders.recent(user.actor(), 30));
        return "cadences/jobs";
    }

    @PostMapping("/jobs/reminders")
    String runNow(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Reminders.Run run = reminders.run(user.actor());
        redirect.addFlashAttribute("notice", "Reminder run " + run.outcome() + ": " + run.summary());
        return "redirect:/jobs";
    }
}
