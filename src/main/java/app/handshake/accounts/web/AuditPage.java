package app.handshake.accounts.web;

import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.SignedInUser;
import app.handshake.shared.PageRequest;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins, newest first, optionally for one record. */
@Controller
@RequestMapping("/audit")
class AuditPage {

    private final AuditTrail audit;

    AuditPage(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID recordId,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("section", "audit");
        model.addAttribute("recordId", recordId);
        model.addAttribute("page", audit.page(user.actor(), recordId, PageRequest.of(after, 50)));
        return "accounts/audit";
    }
}
