package app.handshake.people.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.people.MergeOutcome;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSearch;
import app.handshake.people.PersonSummary;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging two records of one person in the pages: choose the other record by typing its name, see what the
 * merged person keeps, then merge. The person the merge starts from is the one that stays.
 */
@Controller
@RequestMapping("/people/{id}/merge")
class PersonMergePages {

    private final People people;

    PersonMergePages(People people) {
        this.people = people;
    }

    /** The choice; with {@code q}, the people it finds (the whole page, or only the list for a live search). */
    @GetMapping
    String choose(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PersonDetails person = people.get(user.actor(), id);
        model.addAttribute("section", "people");
        model.addAttribute("person", person);
        model.addAttribute("q", q);
        List<PersonSummary> found = q == null || q.isBlank() ? List.of()
                : people.search(user.actor(), new PersonSearch(q, null, null), PageRequest.first(10)).items().stream()
                        .filter(p -> !p.id().equals(id)).toList();
        model.addAttribute("candidates", found);
        return htmx != null ? "people/merge :: candidates" : "people/merge";
    }

    @GetMapping("/{duplicateId}")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID duplicateId,
            Model model, RedirectAttributes redirect) {
        PersonDetails survivor = people.get(user.actor(), id);
        PersonDetails duplicate = people.get(user.actor(), duplicateId);
        try {
            MergeOutcome preview = people.previewMerge(user.actor(), id, survivor.version(), duplicateId, null);
            model.addAttribute("section", "people");
            model.addAttribute("survivor", survivor);
            model.addAttribute("duplicate", duplicate);
            model.addAttribute("preview", preview);
            return "people/merge-confirm";
        } catch (InvalidRequestException | ForbiddenException | DuplicateRecordException e) {
            redirect.addFlashAttribute("notice", "These two cannot be merged: " + e.getMessage() + ".");
            return "redirect:/people/" + id;
        }
    }

    @PostMapping("/{duplicateId}")
    String merge(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID duplicateId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        PersonDetails duplicate = people.get(user.actor(), duplicateId);
        try {
            // The version the confirmation showed: a change made since then is shown again before merging.
            MergeOutcome merged = people.merge(user.actor(), id, version == null ? -1 : version, duplicateId, null);
            redirect.addFlashAttribute("notice", duplicate.name() + " was merged into " + merged.person().name()
                    + ": everything both records held is here.");
            return "redirect:/people/" + id;
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("notice", "Someone changed this person meanwhile: here is the merge as it "
                    + "would be now.");
            return "redirect:/people/" + id + "/merge/" + duplicateId;
        } catch (InvalidRequestException | ForbiddenException | DuplicateRecordException e) {
            redirect.addFlashAttribute("notice", "The two were not merged: " + e.getMessage() + ".");
            return "redirect:/people/" + id;
        }
    }
}
