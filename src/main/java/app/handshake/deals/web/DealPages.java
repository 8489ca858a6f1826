package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealRole;
import app.handshake.deals.Deals;
import app.handshake.deals.Pipeline;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.TeamHolders;
import app.handshake.relationships.Tier;
import app.handshake.shared.ConflictException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Text;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deal's own page: where it stands, its people with how well the team and the deal's owner know them, its
 * history, and the forms that close it (each undone by reopening) and delete it (after a confirmation).
 */
@Controller
class DealPages {

    private final Deals deals;
    private final Pipeline pipeline;
    private final RelationshipScores scores;
    private final TeamHolders holders;

    DealPages(Deals deals, Pipeline pipeline, RelationshipScores scores, TeamHolders holders) {
        this.deals = deals;
        this.pipeline = pipeline;
        this.scores = scores;
        this.holders = holders;
    }

    @ModelAttribute("section")
    String section() {
        return "deals";
    }

    /** A person on the deal, with the team's tier and the owner's. */
    record PersonOnDeal(UUID personId, String name, DealRole role, Tier teamTier, Tier ownerTier) {}

    @GetMapping("/deals/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        DealDetails deal = deals.get(user.actor(), id);
        model.addAttribute("deal", deal);
        model.addAttribute("people", deal.people().stream().map(p -> new PersonOnDeal(p.personId(), p.name(), p.role(),
                scores.teamTier(p.personId()), ownerTier(user, deal, p.personId()))).toList());
        model.addAttribute("ownerIsViewer", deal.ownerId().equals(user.user().id()));
        model.addAttribute("history", deals.history(user.actor(), id).reversed());
        model.addAttribute("lossReasons", pipeline.lossReasons());
        return "deals/show";
    }

    /** The owner's own relationship as the team may see it (only shared touchpoints count for a colleague). */
    private Tier ownerTier(SignedInUser user, DealDetails deal, UUID personId) {
        List<TeamHolders.Holder> held = holders.of(user.actor(), personId);
        return held.stream().filter(h -> h.userId().equals(deal.ownerId())).map(TeamHolders.Holder::tier).findFirst()
                .orElse(Tier.connection);
    }

    @PostMapping("/deals/{id}/win")
    String win(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return closed(id, redirect, () -> deals.win(user.actor(), id, null, Text.trimToNull(note)), "won");
    }

    @PostMapping("/deals/{id}/lose")
    String lose(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID reasonId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String competitor, RedirectAttributes redirect) {
        return closed(id, redirect, () -> deals.lose(user.actor(), id, null, reasonId, Text.trimToNull(reason),
                Text.trimToNull(competitor)), "lost");
    }

    @PostMapping("/deals/{id}/walk-away")
    String walkAway(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return closed(id, redirect, () -> deals.walkAway(user.actor(), id, null, Text.trimToNull(reason)),
                "walked away from");
    }

    @PostMapping("/deals/{id}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            DealDetails deal = deals.reopen(user.actor(), id, null, null);
            redirect.addFlashAttribute("notice", deal.name() + " is open again, in " + deal.stage().name() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/deals/" + id;
    }

    /** Undo in the notice after a close: the close is taken back as a mistake (for a few minutes only). */
    @PostMapping("/deals/{id}/undo-close")
    String undoClose(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            DealDetails deal = deals.undoClose(user.actor(), id, null);
            redirect.addFlashAttribute("notice", "Undone: " + deal.name() + " is open again, in "
                    + deal.stage().name() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/deals/" + id;
    }

    /** Closes the deal; the notice offers to undo it, which reopens the deal where it was. */
    private String closed(UUID id, RedirectAttributes redirect, java.util.function.Supplier<DealDetails> close,
            String verb) {
        try {
            DealDetails deal = close.get();
            redirect.addFlashAttribute("notice", "You " + verb + " " + deal.name() + ".");
            redirect.addFlashAttribute("undoClose", true);
        } catch (ConflictException | InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/deals/" + id;
    }

    @GetMapping("/deals/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        DealDetails deal = deals.get(user.actor(), id);
        if (!deal.mayManage()) {
            throw new ForbiddenException("Only the deal's owner, their manager or an admin may delete it");
        }
        model.addAttribute("name", deal.name());
        model.addAttribute("consequence", "Its history goes with it; its people and organization stay. "
                + "This cannot be undone.");
        model.addAttribute("action", "/deals/" + id + "/delete");
        model.addAttribute("cancel", "/deals/" + id);
        return "confirm-delete";
    }

    @PostMapping("/deals/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        DealDetails deal = deals.get(user.actor(), id);
        deals.delete(user.actor(), id, null);
        redirect.addFlashAttribute("notice", deal.name() + " was deleted.");
        return "redirect:/deals";
    }
}
