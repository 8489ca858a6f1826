package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.Partners;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.platform.web.PickerOption;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The type-ahead options of the partner forms (fragments/picker): the people whose words begin with what was typed,
 * for who recommended a partner, whom a referral was for and who is a partner's contact; the partners whose name
 * does, for what a person recommends. Any of a large workspace's people and partners can be chosen, not only the
 * first of a list; and only those the user may see are offered.
 */
@Controller
class PartnerPickers {

    private static final int OPTIONS = 8;
    /** The person fields of the partner forms: the options name the field their chip sends. */
    private static final Set<String> PERSON_FIELDS = Set.of("endorserPersonId", "personId");

    private final People people;
    private final Partners partners;

    PartnerPickers(People people, Partners partners) {
        this.people = people;
        this.partners = partners;
    }

    @GetMapping("/partners/people-options")
    String people(@AuthenticationPrincipal SignedInUser user, @RequestParam String field,
            @RequestParam(required = false) @Nullable String q, Model model) {
        if (!PERSON_FIELDS.contains(field)) {
            throw new InvalidRequestException("field", "must be one of " + PERSON_FIELDS);
        }
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        model.addAttribute("options", q == null || q.isBlank() ? List.of()
                : people.search(user.actor(), new PersonSearch(q, null, null), PageRequest.first(OPTIONS)).items()
                        .stream().map(p -> new PickerOption(p.id(), p.name(), p.organizationName())).toList());
        return "fragments/picker :: options";
    }

    @GetMapping("/partners/options")
    String partners(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String q,
            Model model) {
        model.addAttribute("field", "partnerId");
        model.addAttribute("nothingFound", "No partner found");
        model.addAttribute("q", q);
        model.addAttribute("options", q == null || q.isBlank() ? List.of()
                : partners.list(user.actor(), new PartnerFilter(q, null, null), PageRequest.first(OPTIONS)).items()
                        .stream().map(p -> new PickerOption(p.id(), p.name(), p.specialties().isEmpty() ? null
                                : String.join(", ", p.specialties()))).toList());
        return "fragments/picker :: options";
    }
}
