package app.handshake.people.web;

import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSearch;
import app.handshake.people.Source;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
            "city", "region", "country", "latitude", "longitude", "birthday", "notes", "tags");

    private final People people;
    private final Organizations organizations;

    PeoplePages(People people, Organizations organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @ModelAttribute("section")
    String section() {
        return "people";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("page", people.search(new PersonSearch(q, tag, null), PageRequest.of(after, 25)));
        return "people/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) UUID organizationId, Model model) {
        model.addAttribute("form", PersonForm.empty(organizationId));
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        checkEmails(form, result);
        if (!result.hasErrors()) {
            try {
                PersonDetails created = people.create(form.toDraft(), Source.web());
                redirect.addFlashAttribute("notice", created.name() + " was added.");
                return "redirect:/people/" + created.id();
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                duplicate(result, e, model);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.get(id));
        return "people/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PersonDetails person = people.get(id);
        model.addAttribute("form", PersonForm.of(person));
        return form(model, person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PersonDetails person = people.get(id);
        checkEmails(form, result);
        if (!result.hasErrors()) {
            try {
                long version = form.version() == null ? person.version() : form.version();
                people.update(id, version, form.toDraft());
                redirect.addFlashAttribute("notice", "Changes saved.");
                return "redirect:/people/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(result, e, FORM_FIELDS);
            } catch (DuplicateRecordException e) {
                duplicate(result, e, model);
            } catch (StaleVersionException e) {
                result.reject("stale", "Someone else changed this person while you were editing. "
                        + "Open the person again to see their changes, then make yours.");
            }
        }
        return form(model, person);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        PersonDetails person = people.get(id);
        people.delete(id, null);
        redirect.addFlashAttribute("notice", person.name() + " was deleted.");
        return "redirect:/people";
    }

    private String form(Model model, PersonDetails person) {
        model.addAttribute("person", person);
        List<OrganizationSummary> choices = organizations.search(null, PageRequest.first(PageRequest.MAX_LIMIT)).items();
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
