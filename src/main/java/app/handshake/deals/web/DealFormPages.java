package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.Visibility;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealRole;
import app.handshake.deals.Deals;
import app.handshake.deals.Pipeline;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.platform.web.PickerOption;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal form, new and edit, with its type-ahead lists: organizations (the choice is an id, never a name that two
 * organizations may share) and people per role.
 */
@Controller
class DealFormPages {

    private static final int OPTIONS = 8;
    private static final int ORGANIZATIONS = 50;

    /** The form's fields in page order, with the words of their labels. */
    private static final FormFields FIELDS = FormFields.of().field("name", "Name")
            .field("organizationId", "Organization").field("amount", "Value").field("currency", "Currency")
            .field("stageId", "Stage").field("expectedClose", "Expected close")
            .field("decisionMakers", "decisionMakers-q", "Decision makers")
            .field("champions", "champions-q", "Champions").field("influencers", "influencers-q", "Influencers")
            .field("users", "users-q", "Users").field("blockers", "blockers-q", "Blockers")
            .field("competitors", "Competitors").field("originDealId", "Follows on from")
            .field("nurtureEveryDays", "Nurture every (days)").field("visibility", "Who sees this deal")
            .field("notes", "Notes");

    /** Where the deal's rules name a field of the API, the form has its own. */
    private static final Map<String, String> FORM_FIELD = Map.of("value.amount", "amount", "value.currency",
            "currency", "value", "amount");
    private static final Set<String> FORM_FIELDS = Set.of("name", "organizationId", "amount", "currency", "stageId",
            "expectedClose", "competitors", "originDealId", "nurtureEveryDays", "visibility", "notes");

    private final Deals deals;
    private final Pipeline pipeline;
    private final Organizations organizations;
    private final People people;

    DealFormPages(Deals deals, Pipeline pipeline, Organizations organizations, People people) {
        this.deals = deals;
        this.pipeline = pipeline;
        this.organizations = organizations;
        this.people = people;
    }

    @ModelAttribute("section")
    String section() {
        return "deals";
    }

    /** Opened from an organization, or from a deal as its follow-on, the form starts with them chosen. */
    @GetMapping("/deals/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID originDealId, Model model) {
        UUID organization = organizationId;
        if (originDealId != null && organization == null) {
            organization = deals.get(user.actor(), originDealId).organizationId();
        }
        model.addAttribute("form", DealForm.empty(organization, originDealId, usualCurrency(user)));
        return form(user, null, model);
    }

    @PostMapping("/deals")
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") DealForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                DealDetails created = deals.create(user.actor(), form.toDraft());
                redirect.addFlashAttribute("notice", created.name() + " was opened in " + created.stage().name() + ".");
                return "redirect:/deals/" + created.id();
            } catch (InvalidRequestException e) {
                reject(result, e);
            }
        }
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return form(user, null, model);
    }

    @GetMapping("/deals/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        DealDetails deal = deals.get(user.actor(), id);
        model.addAttribute("form", DealForm.of(deal));
        return form(user, deal, model);
    }

    @PostMapping("/deals/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("form") DealForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        DealDetails deal = deals.get(user.actor(), id);
        if (!result.hasErrors()) {
            try {
                // A form without the version it was read at cannot prove it saw the latest change.
                deals.update(user.actor(), id, form.version() == null ? -1L : form.version(), form.toDraft());
                redirect.addFlashAttribute("notice", "Changes saved.");
                return "redirect:/deals/" + id;
            } catch (InvalidRequestException e) {
                reject(result, e);
            } catch (ForbiddenException e) {
                result.rejectValue("visibility", "forbidden", e.getMessage());
            } catch (StaleVersionException e) {
                result.reject("stale", "Someone else changed this deal while you were editing. "
                        + "Open it again to see their changes, then make yours.");
            }
        }
        model.addAttribute(FormProblems.ATTRIBUTE, FIELDS.problems(result));
        return form(user, deal, model);
    }

    /** Organizations the user may see whose name matches what was typed; the one chosen stays first. */
    @GetMapping("/deals/organization-options")
    String organizationOptions(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID organizationId, Model model) {
        model.addAttribute("organizations", organizationChoices(user, q, organizationId));
        model.addAttribute("chosen", organizationId);
        return "deals/form :: organization-options";
    }

    /** Up to eight people the user may see whose words begin with what was typed, leaving out those chosen. */
    @GetMapping("/deals/people-options")
    String peopleOptions(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam DealRole role, @ModelAttribute("chosen") DealForm chosen, Model model) {
        List<UUID> taken = new ArrayList<>();
        for (DealRole r : DealRole.values()) {
            taken.addAll(chosen.chosen(r));
        }
        model.addAttribute("field", DealForm.fieldOf(role));
        model.addAttribute("options", q == null || q.isBlank() ? List.of()
                : people.search(user.actor(), new PersonSearch(q, null, null), PageRequest.first(OPTIONS + taken.size()))
                        .items().stream().filter(p -> !taken.contains(p.id())).limit(OPTIONS)
                        .map(p -> new PickerOption(p.id(), p.name(), p.organizationName())).toList());
        model.addAttribute("q", q);
        return "fragments/picker :: options";
    }

    /** A chosen person, as a chip of a role's picker. */
    record Chip(UUID id, String name) {}

    /** A role's picker: its field, its words, and the people chosen in it. */
    record RolePicker(String field, String label, String role, List<Chip> chips) {}

    private String form(SignedInUser user, DealDetails deal, Model model) {
        DealForm form = (DealForm) model.getAttribute("form");
        model.addAttribute("deal", deal);
        model.addAttribute("stages", pipeline.stages());
        model.addAttribute("organizations", organizationChoices(user, null, form.organizationId()));
        model.addAttribute("pickers", pickers(user, form, deal));
        model.addAttribute("originChoices", originChoices(user, form, deal));
        model.addAttribute("visibilities", Visibility.values());
        return "deals/form";
    }

    private List<OrganizationSummary> organizationChoices(SignedInUser user, String q, UUID chosen) {
        List<OrganizationSummary> found = new ArrayList<>(
                organizations.search(user.actor(), q, PageRequest.first(ORGANIZATIONS)).items());
        if (chosen != null && found.stream().noneMatch(o -> o.id().equals(chosen))) {
            organizations.find(user.actor(), chosen).ifPresent(o -> found.addFirst(o));
        }
        return found;
    }

    private List<RolePicker> pickers(SignedInUser user, DealForm form, DealDetails deal) {
        Map<UUID, String> known = new LinkedHashMap<>();
        if (deal != null) {
            deal.people().forEach(p -> known.put(p.personId(), p.name()));
        }
        List<RolePicker> pickers = new ArrayList<>();
        for (DealRole role : DealRole.values()) {
            List<Chip> chips = form.chosen(role).stream().map(id -> known.containsKey(id) ? new Chip(id, known.get(id))
                    : people.find(user.actor(), id).map(p -> new Chip(id, p.name())).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            pickers.add(new RolePicker(DealForm.fieldOf(role), plural(role), role.name(), chips));
        }
        return pickers;
    }

    private static String plural(DealRole role) {
        String label = role.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + "s";
    }

    /** Deals this one may follow on from: those at its organization, or any the user may see when it has none. */
    private List<PickerOption> originChoices(SignedInUser user, DealForm form, DealDetails deal) {
        DealFilter filter = form.organizationId() == null ? DealFilter.none()
                : DealFilter.ofOrganization(form.organizationId());
        List<PickerOption> found = new ArrayList<>(deals.list(user.actor(), filter, PageRequest.first(100)).items()
                .stream().filter(d -> deal == null || !d.id().equals(deal.id()))
                .map(d -> new PickerOption(d.id(), d.name(), d.organizationName())).toList());
        UUID origin = form.originDealId();
        if (origin != null && found.stream().noneMatch(o -> o.id().equals(origin))) {
            try {
                DealDetails chosen = deals.get(user.actor(), origin);
                found.addFirst(new PickerOption(chosen.id(), chosen.name(), chosen.organizationName()));
            } catch (RecordNotFoundException e) {
                // Not one the user may see: it is not offered, and saving says so.
            }
        }
        return found;
    }

    /** The currency of the user's own deals, so that a seller in one market rarely types it. */
    private String usualCurrency(SignedInUser user) {
        return deals.list(user.actor(), new DealFilter(null, user.user().id(), null, null, null, null, null, null, null,
                null, null, null), PageRequest.first(20)).items().stream().filter(d -> d.value() != null)
                .map(d -> d.value().currency()).findFirst().orElse("EUR");
    }

    private static void reject(BindingResult result, InvalidRequestException e) {
        String field = e.field() == null ? null : FORM_FIELD.getOrDefault(e.field(), e.field());
        if (field != null && FORM_FIELDS.contains(field)) {
            result.rejectValue(field, "invalid", e.getMessage());
        } else {
            result.reject("invalid", e.getMessage());
        }
    }
}
