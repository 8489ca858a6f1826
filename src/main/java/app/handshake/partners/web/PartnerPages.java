package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerKind;
import app.handshake.partners.Partners;
import app.handshake.partners.web.PartnerForms.PartnerForm;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * A partner's own page, and making, changing and deleting a partner: a partner is made from an organization or a
 * person of the workspace, chosen by name.
 */
@Controller
class PartnerPages {

    private static final int CHOICES = 50;

    private final Partners partners;
    private final Organizations organizations;
    private final People people;
    private final PartnerPage page;

    PartnerPages(Partners partners, Organizations organizations, People people, PartnerPage page) {
        this.partners = partners;
        this.organizations = organizations;
        this.people = people;
        this.page = page;
    }

    @GetMapping("/partners/{id:[0-9a-fA-F-]{36}}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return page.show(user, id, model);
    }

    @GetMapping("/partners/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID personId, @RequestParam(required = false) String find, Model model) {
        model.addAttribute("form", new PartnerForm(organizationId, personId, null, null, null, null));
        return form(user, null, find, organizationId, personId, model);
    }

    @PostMapping("/partners")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PartnerForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            PartnerDetails created = partners.create(user.actor(), form.toDraft());
            redirect.addFlashAttribute("notice", created.name() + " is a partner now. Add what they do and where.");
            return "redirect:/partners/" + created.id();
        } catch (DuplicateRecordException e) {
            return refused(user, null, form, model, response, "organizationId", "is a partner already");
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, PartnerForms.PARTNER.problems(e));
            return form(user, null, null, form.organizationId(), form.personId(), model);
        }
    }

    @GetMapping("/partners/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        PartnerDetails partner = partners.get(user.actor(), id);
        model.addAttribute("form", new PartnerForm(partner.organizationId(), partner.personId(), partner.kind(),
                partner.name(), partner.website(), partner.description()));
        return form(user, partner, null, null, null, model);
    }

    @PostMapping("/partners/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) Long version, @ModelAttribute("form") PartnerForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnerDetails partner = partners.get(user.actor(), id);
        try {
            partners.update(user.actor(), id, version, new PartnerForm(null, null, form.kind(), form.name(),
                    form.website(), form.description()).toDraft());
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/partners/" + id;
        } catch (StaleVersionException e) {
            return refused(user, partner, form, model, response, "name",
                    "was changed by someone else meanwhile: reload the page to see it");
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, PartnerForms.PARTNER.problems(e));
            return form(user, partner, null, null, null, model);
        }
    }

    @GetMapping("/partners/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        PartnerDetails partner = partners.get(user.actor(), id);
        model.addAttribute("section", "partners");
        model.addAttribute("name", partner.name());
        model.addAttribute("consequence", "Its specialties, areas, certifications, endorsements and referrals go with"
                + " it; the " + (partner.organizationId() != null ? "organization" : "person") + " stays. This"
                + " cannot be undone.");
        model.addAttribute("action", "/partners/" + id + "/delete");
        model.addAttribute("cancel", "/partners/" + id);
        return "confirm-delete";
    }

    @PostMapping("/partners/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        PartnerDetails partner = partners.get(user.actor(), id);
        try {
            partners.delete(user.actor(), id, null);
            redirect.addFlashAttribute("notice", partner.name() + " is no longer a partner.");
            return "redirect:/partners";
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/partners/" + id;
        }
    }

    private String refused(SignedInUser user, @Nullable PartnerDetails partner, PartnerForm form, Model model,
            HttpServletResponse response, String field, String predicate) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(FormProblems.ATTRIBUTE, PartnerForms.PARTNER.problem(
                form.personId() != null && partner == null ? "personId" : field, predicate));
        return form(user, partner, null, form.organizationId(), form.personId(), model);
    }

    /** A person to choose on the form. */
    record Choice(UUID id, String name) {}

    /** The form, with the organizations and people whose names begin with what was typed to find them. */
    private String form(SignedInUser user, @Nullable PartnerDetails partner, @Nullable String find,
            @Nullable UUID organizationId, @Nullable UUID personId, Model model) {
        model.addAttribute("section", "partners");
        model.addAttribute("partner", partner);
        model.addAttribute("kinds", PartnerKind.values());
        if (partner == null) {
            String text = Text.trimToNull(find);
            List<OrganizationSummary> found = new ArrayList<>(
                    organizations.search(user.actor(), text, PageRequest.first(CHOICES)).items());
            if (organizationId != null && found.stream().noneMatch(o -> o.id().equals(organizationId))) {
                organizations.find(user.actor(), organizationId).ifPresent(found::addFirst);
            }
            List<Choice> persons = new ArrayList<>(people.search(user.actor(), new PersonSearch(text, null, null),
                    PageRequest.first(CHOICES)).items().stream().map(p -> new Choice(p.id(), p.name())).toList());
            if (personId != null && persons.stream().noneMatch(p -> p.id().equals(personId))) {
                people.find(user.actor(), personId).ifPresent(p -> persons.addFirst(new Choice(p.id(), p.name())));
            }
            model.addAttribute("find", find);
            model.addAttribute("organizations", found);
            model.addAttribute("persons", persons);
        }
        if (!model.containsAttribute(FormProblems.ATTRIBUTE)) {
            model.addAttribute(FormProblems.ATTRIBUTE, FormProblems.none());
        }
        return "partners/form";
    }
}
