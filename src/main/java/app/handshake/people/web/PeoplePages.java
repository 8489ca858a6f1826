package app.handshake.people.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSearch;
import app.handshake.people.Source;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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

/** The people pages: list and search, a person, the create and edit forms. */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private static final Set<String> FORM_FIELDS = Set.of("name", "title", "organizationId", "emails", "phones",
            "city", "region", "country", "latitude", "longitude", "birthday", "notes", "tags", "visibility",
            "privateNote");

    /** The form's fields in page order, with the words of their labels. */
    private static final FormFields FIELDS = FormFields.of().field("name", "Name").field("title", "Title")
            .field("organizationId", "Organization").field("emails", "Emails").field("phones", "Phones")
            .field("city", "City").field("region", "Region").field("country", "Country")
            .field("latitude", "Latitude").field("longitude", "Longitude").field("birthday", "Birthday")
            .field("tags", "Tags").field("notes", "Personal notes").field("privateNote", "My private note")
            .field("visibility", "Who sees this person");

    private final People people;
    private final Organizations organizations;
    private final java.time.Clock clock;

    PeoplePages(People people, Organizations organizations, java.time.Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "people";
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String tier,
            @RequestParam(required = false, defaultValue = "name") PersonSearch.Order sort,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("tier", tier == null || tier.isBlank() ? null : tier);
        model.addAttribute("sort", sort.name());
        model.addAttribute("tiers", List.of("connection", "acquaintance", "relationship", "trusted"));
        model.addAttribute("page", people.search(user.actor(), new PersonSearch(q, tag, null, tier, sort),
                PageRequest.of(after, PageRequest.DEFAULT_LIMIT)));
        model.addAttribute("lastTouch", new LastTouch(clock));
        return "people/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID organizationId, Model model) {
        model.addAttribute("form", PersonForm.empty(organizationId));
        return form(user, model, null, organizationId);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        checkEmails(form, result);
        if (!result.hasErrors()) {
            try {
                PersonDetails created = people.create(user.actor(), form.toDraft(), Source.web());
                redirect.addFlashAttribute("notice", created.name() + " was added.");
                return "redirect:/people/" + created.id();
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                duplicate(result, e, model);
            }
        }
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return form(user, model, null, form.organizationId());
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("person", people.get(user.actor(), id));
        model.addAttribute("duplicates", people.duplicates(user.actor(), id));
        return "people/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        PersonDetails person = people.get(user.actor(), id);
        model.addAttribute("form", PersonForm.of(person));
        return form(user, model, person, person.organizationId());
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PersonDetails person = people.get(user.actor(), id);
        checkEmails(form, result);
        if (!result.hasErrors()) {
            try {
                // A form without the version it was read at cannot prove it saw the latest change.
                long version = form.version() == null ? -1 : form.version();
                people.update(user.actor(), id, version, form.toDraft());
                redirect.addFlashAttribute("notice", "Changes saved.");
                return "redirect:/people/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                duplicate(result, e, model);
            } catch (ForbiddenException e) {
                result.rejectValue("visibility", "forbidden", e.getMessage());
            } catch (StaleVersionException e) {
                result.reject("stale", "Someone else changed this person while you were editing. "
                        + "Open the person again to see their changes, then make yours.");
            }
        }
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return form(user, model, person, form.organizationId());
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        PersonDetails person = people.get(user.actor(), id);
        model.addAttribute("name", person.name());
        model.addAttribute("consequence", "Their emails, phones, tags and notes are deleted with them. This cannot be undone.");
        model.addAttribute("action", "/people/" + id + "/delete");
        model.addAttribute("cancel", "/people/" + id);
        return "confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        PersonDetails person = people.get(user.actor(), id);
        people.delete(user.actor(), id, null);
        redirect.addFlashAttribute("notice", person.name() + " was deleted.");
        return "redirect:/people";
    }

    private String form(SignedInUser user, Model model, PersonDetails person, UUID selectedOrganization) {
        model.addAttribute("person", person);
        List<OrganizationSummary> choices = new ArrayList<>(organizations.search(user.actor(), null,
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        // The organization already chosen is always offered, even past the first page of the list.
        if (selectedOrganization != null && choices.stream().noneMatch(o -> o.id().equals(selectedOrganization))) {
            organizations.find(user.actor(), selectedOrganization).ifPresent(o -> choices.add(0, o));
        }
        model.addAttribute("organizations", choices);
        return "people/form";
    }

    private static void checkEmails(PersonForm form, BindingResult result) {
        List<String> invalid = form.invalidEmails();
        if (!invalid.isEmpty() && !result.hasFieldErrors("emails")) {
            result.rejectValue("emails", "invalid", "Not an email address: " + String.join(", ", invalid));
        }
    }

    private static void duplicate(BindingResult result, DuplicateRecordException e, Model model) {
        result.rejectValue("emails", "duplicate", e.getMessage());
        model.addAttribute("duplicateOf", e.existingId());
    }
}
