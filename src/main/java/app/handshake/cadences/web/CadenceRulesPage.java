package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.CadenceRule;
import app.handshake.cadences.Cadences;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.touchpoints.Channel;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's cadence rules in words. Everyone reads them (they decide who shows up on Today); those
 * who may change them through the API, managers and admins, add and remove them here, through the same
 * checks and the same service.
 */
@Controller
@RequestMapping("/cadence-rules")
class CadenceRulesPage {

    private final Cadences cadences;

    CadenceRulesPage(Cadences cadences) {
        this.cadences = cadences;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", new RuleRequest(CadenceRule.Kind.tag, null, 30, null));
        return page(user, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") RuleRequest form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireSetsRules(user);
        if (!result.hasErrors()) {
            try {
                CadenceRule rule = cadences.addRule(user.actor(), form.kind(), form.value(), form.intervalDays(),
                        form.channel());
                redirect.addFlashAttribute("notice", "Rule added: " + rule.describe() + ". Today follows it from now on.");
                return "redirect:/cadence-rules";
            } catch (InvalidRequestException e) {
                if (e.field() == null) {
                    result.reject("invalid", e.getMessage());
                } else {
                    result.rejectValue(e.field(), "invalid", e.getMessage());
                }
            } catch (DuplicateRecordException e) {
                result.rejectValue("value", "duplicate", "This rule exists already");
            }
        }
        return page(user, model);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        requireSetsRules(user);
        CadenceRule rule = find(id);
        model.addAttribute("section", "cadence-rules");
        model.addAttribute("name", "the rule “" + rule.describe() + "”");
        model.addAttribute("consequence", "People who have their cadence from this rule only lose it and leave Today; "
                + "cadences set on a person stay.");
        model.addAttribute("action", "/cadence-rules/" + id + "/delete");
        model.addAttribute("cancel", "/cadence-rules");
        return "confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requireSetsRules(user);
        CadenceRule rule = find(id);
        cadences.removeRule(user.actor(), id);
        redirect.addFlashAttribute("notice", "Rule removed: " + rule.describe() + ".");
        return "redirect:/cadence-rules";
    }

    private String page(SignedInUser user, Model model) {
        model.addAttribute("section", "cadence-rules");
        model.addAttribute("rules", cadences.rules());
        model.addAttribute("setsRules", Cadences.setsRules(user.actor()));
        model.addAttribute("kinds", CadenceRule.Kind.values());
        model.addAttribute("channels", Channel.values());
        return "cadences/rules";
    }

    /** Refused before anything is read: the API's rule, in the words of a page. */
    private static void requireSetsRules(SignedInUser user) {
        if (!Cadences.setsRules(user.actor())) {
            throw new ForbiddenException("Only managers and admins set cadence rules for everyone.");
        }
    }

    private CadenceRule find(UUID id) {
        return cadences.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("cadence rule", id));
    }
}
