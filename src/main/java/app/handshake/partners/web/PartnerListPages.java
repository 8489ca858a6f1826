package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.Partners;
import app.handshake.partners.Specialties;
import app.handshake.partners.ranking.RankedPartner;
import app.handshake.partners.ranking.ReferralResults;
import app.handshake.partners.ranking.ReferralSearch;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partners' front page: "who do my people recommend for a need near a place", ranked with the people who vouch
 * for each; without a search, the partners list by name, filtered and a page at a time.
 */
@Controller
class PartnerListPages {

    private static final int PAGE = 25;

    private final Partners partners;
    private final Specialties specialties;
    private final ReferralSearch search;
    private final People people;

    PartnerListPages(Partners partners, Specialties specialties, ReferralSearch search, People people) {
        this.partners = partners;
        this.specialties = specialties;
        this.search = search;
        this.people = people;
    }

    /** A ranked partner as the page shows it: with its specialties, where it works and someone to call. */
    record Found(RankedPartner ranked, PartnerDetails partner, String places, @Nullable Reach reach) {}

    /** A contact the reader may see, with how to reach them. */
    record Reach(String name, @Nullable String phone, @Nullable String email) {}

    @ModelAttribute("section")
    String section() {
        return "partners";
    }

    @GetMapping("/partners")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String need,
            @RequestParam(required = false) String near, @RequestParam(required = false) String q,
            @RequestParam(required = false) String specialty, @RequestParam(required = false) String after,
            Model model) {
        model.addAttribute("need", need);
        model.addAttribute("near", near);
        model.addAttribute("q", q);
        model.addAttribute("specialty", specialty);
        model.addAttribute("specialties", specialties.list());
        if (Text.trimToNull(need) != null) {
            try {
                ReferralResults results = search.search(user.actor(), need, near, ReferralSearch.DEFAULT_LIMIT);
                model.addAttribute("results", results);
                model.addAttribute("found", results.results().stream().map(r -> found(user, r)).toList());
            } catch (InvalidRequestException e) {
                model.addAttribute("problem", e.getMessage());
            }
            return "partners/list";
        }
        model.addAttribute("page", partners.list(user.actor(), new PartnerFilter(q, null, Text.trimToNull(specialty)),
                PageRequest.of(after, PAGE)));
        return "partners/list";
    }

    private Found found(SignedInUser user, RankedPartner ranked) {
        PartnerDetails partner = partners.get(user.actor(), ranked.partnerId());
        Reach reach = null;
        if (!partner.contacts().isEmpty()) {
            PartnerDetails.Contact contact = partner.contacts().getFirst();
            reach = people.find(user.actor(), contact.personId()).map(PartnerListPages::reach).orElse(null);
        } else if (partner.personId() != null) {
            reach = people.find(user.actor(), partner.personId()).map(PartnerListPages::reach).orElse(null);
        }
        return new Found(ranked, partner, PartnerPlaces.of(partner.areas()), reach);
    }

    private static Reach reach(PersonDetails person) {
        String phone = person.phones() == null || person.phones().isEmpty() ? null : person.phones().getFirst().value();
        String email = person.emails() == null || person.emails().isEmpty() ? null : person.emails().getFirst().value();
        return new Reach(person.name(), phone, email);
    }
}
