package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealFilter;
import app.handshake.deals.Deals;
import app.handshake.deals.Pipeline;
import app.handshake.shared.ConflictException;
import app.handshake.shared.InvalidRequestException;
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
 * The pipeline board: a column per stage with its open deals and their sums per currency. A deal moves by its
 * "Move to" form on every width; on a desktop, dragging a card submits that same form.
 */
@Controller
class PipelinePages {

    private final Deals deals;
    private final Pipeline pipeline;

    PipelinePages(Deals deals, Pipeline pipeline) {
        this.deals = deals;
        this.pipeline = pipeline;
    }

    @GetMapping("/pipeline")
    String board(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean mine,
            Model model) {
        DealFilter filter = new DealFilter(null, mine ? user.user().id() : null, null, null, null, null, null, null,
                null, null, null, null);
        model.addAttribute("section", "deals");
        model.addAttribute("mine", mine);
        model.addAttribute("board", deals.board(user.actor(), filter));
        model.addAttribute("stages", pipeline.stages());
        model.addAttribute("back", mine ? "/pipeline?mine=true" : "/pipeline");
        return "deals/board";
    }

    /** The board's menu and its drag both land here; the answer goes back to the page the move was made on. */
    @PostMapping("/deals/{id}/move")
    String move(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam UUID stageId,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            DealDetails moved = deals.move(user.actor(), id, null, stageId);
            redirect.addFlashAttribute("notice", moved.name() + " is now in " + moved.stage().name() + ".");
        } catch (ConflictException | InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + safeBack(back, id);
    }

    /** Only a page of ours: a form cannot send the browser elsewhere. */
    static String safeBack(String back, UUID id) {
        if (back != null && back.matches("/(pipeline|deals)(/[0-9a-f-]{36})?(\\?[A-Za-z0-9=&%._-]*)?")) {
            return back;
        }
        return "/deals/" + id;
    }
}
