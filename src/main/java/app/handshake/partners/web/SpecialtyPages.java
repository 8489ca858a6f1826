package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Specialties;
import app.handshake.partners.Specialty;
import app.handshake.partners.SpecialtyDraft;
import app.handshake.partners.web.PartnerForms.SpecialtyForm;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vocabulary of specialties, each with the words it is also found by: admins and managers name and rename
 * them, members read them.
 */
@Controller
class SpecialtyPages {

    private final Specialties specialties;

    SpecialtyPages(Specialties specialties) {
        this.specialties = specialties;
    }

    @GetMapping("/partners/specialties")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("section", "partners");
        model.addAttribute("vocabulary", specialties.list());
        model.addAttribute("editor", user.actor().isAdmin() || user.actor().isManager());
        if (!model.containsAttribute(FormProblems.ATTRIBUTE)) {
            model.addAttribute("failed", "");
            model.addAttribute(FormProblems.ATTRIBUTE, FormProblems.none());
        }
        return "partners/specialties";
    }

    @PostMapping("/partners/specialties")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("specialtyForm") SpecialtyForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Specialty created = specialties.create(user.actor(), new SpecialtyDraft(form.name(), form.synonymList()));
            redirect.addFlashAttribute("notice", created.name() + " was added to the vocabulary.");
            return "redirect:/partners/specialties";
        } catch (InvalidRequestException e) {
            return refused(user, "new", PartnerForms.SPECIALTY.problems(e), model, response);
        } catch (DuplicateRecordException e) {
            return refused(user, "new", PartnerForms.SPECIALTY.problem("name", "is taken: " + e.getMessage()),
                    model, response);
        }
    }

    @PostMapping("/partners/specialties/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute SpecialtyForm form, RedirectAttributes redirect) {
        try {
            Specialty saved = specialties.update(user.actor(), id, form.version(),
                    new SpecialtyDraft(form.name(), form.synonymList()));
            redirect.addFlashAttribute("notice", saved.name() + " was saved.");
        } catch (InvalidRequestException | DuplicateRecordException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", "Not saved: " + e.getMessage());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone else changed it meanwhile: here it is as it stands now.");
        }
        return "redirect:/partners/specialties";
    }

    private String refused(SignedInUser user, String failed, FormProblems problems, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("failed", failed);
        model.addAttribute(FormProblems.ATTRIBUTE, problems);
        return list(user, model);
    }
}
