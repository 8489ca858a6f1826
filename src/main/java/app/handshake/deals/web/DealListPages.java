package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.Deals;
import app.handshake.deals.Pipeline;
import app.handshake.shared.PageRequest;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deals list: every deal the user may see, by name, with its filters and a page at a time. */
@Controller
class DealListPages {

    private static final int PAGE = 25;

    private final Deals deals;
    private final Pipeline pipeline;

    DealListPages(Deals deals, Pipeline pipeline) {
        this.deals = deals;
        this.pipeline = pipeline;
    }

    @GetMapping("/deals")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) DealOutcome outcome,
            @RequestParam(required = false) UUID stageId, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean stale, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("section", "deals");
        model.addAttribute("outcomes", DealOutcome.values());
        model.addAttribute("stages", pipeline.stages());
        model.addAttribute("outcome", outcome);
        model.addAttribute("stageId", stageId);
        model.addAttribute("mine", mine);
        model.addAttribute("stale", stale);
        model.addAttribute("q", q);
        model.addAttribute("page", deals.list(user.actor(), DealsApi.filter(stageId, mine ? user.user().id() : null,
                null, null, outcome, null, null, null, null, null, stale ? Boolean.TRUE : null, q),
                PageRequest.of(after, PAGE)));
        return "deals/list";
    }
}
