package app.handshake.people.web;

import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationTier;
import app.handshake.people.Organizations;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.Visibility;
import jakarta.validation.Valid;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization pages: list, an organization with its sites (its people come as cards), the forms. */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

    private static final Set<String> FORM_FIELDS = Set.of("name", "domain", "industry", "tier", "notes", "visibility", "sites");

    /** The form's fields in page order, with the words of their labels. */
    private static final FormFields FIELDS = FormFields.of().field("name", "Name").field("domain", "Domain")
            .field("industry", "Industry").field("tier", "Tier").field("sites[].name", "Site name")
            .field("sites[].city", "Site city").field("sites[].region", "Site region")
            .field("sites[].country", "Site country").field("visibility", "Who sees this organization")
            .field("notes", "Notes");

    private final Organizations organizations;

    OrganizationPages(Organizations organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute("section")
    String section() {
        return "organizations";
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }

    @ModelAttribute("tiers")
    OrganizationTier[] tiers() {
        return OrganizationTier.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", organizations.search(user.actor(), q, PageRequest.of(after, 25)));
        return "organizations/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", OrganizationForm.empty());
        return "organizations/form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                OrganizationDetails created = organizations.create(user.actor(), form.toDraft());
                redirect.addFlashAttribute("notice", created.name() + " was added.");
                return "redirect:/organizations/" + created.id();
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                result.rejectValue("domain", "duplicate", e.getMessage());
                model.addAttribute("duplicateOf", e.existingId());
            }
        }
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return "organizations/form";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        // Its people, their relationships and the account's timeline are cards the relationships module serves.
        model.addAttribute("organization", organizations.get(user.actor(), id));
        return "organizations/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        OrganizationDetails organization = organizations.get(user.actor(), id);
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization));
        return "organizations/form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        OrganizationDetails organization = organizations.get(user.actor(), id);
        if (!result.hasErrors()) {
            try {
                // A form without the version it was read at cannot prove it saw the latest change.
                long version = form.version() == null ? -1 : form.version();
                organizations.update(user.actor(), id, version, form.toDraft());
                redirect.addFlashAttribute("notice", "Changes saved.");
                return "redirect:/organizations/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                result.rejectValue("domain", "duplicate", e.getMessage());
                model.addAttribute("duplicateOf", e.existingId());
            } catch (ForbiddenException e) {
                result.rejectValue("visibility", "forbidden", e.getMessage());
            } catch (StaleVersionException e) {
                result.reject("stale", "Someone else changed this organization while you were editing. "
                        + "Open it again to see their changes, then make yours.");
            }
        }
        model.addAttribute("organization", organization);
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return "organizations/form";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        OrganizationDetails organization = organizations.get(user.actor(), id);
        model.addAttribute("name", organization.name());
        model.addAttribute("consequence", "Its sites are deleted with it; its people stay, without an organization. "
                + "This cannot be undone.");
        model.addAttribute("action", "/organizations/" + id + "/delete");
        model.addAttribute("cancel", "/organizations/" + id);
        return "confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        OrganizationDetails organization = organizations.get(user.actor(), id);
        organizations.delete(user.actor(), id, null);
        redirect.addFlashAttribute("notice", organization.name() + " was deleted; its people were kept.");
        return "redirect:/organizations";
    }
}
