package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.AreaKind;
import app.handshake.partners.DeliveryRecords;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.Partners;
import app.handshake.partners.ReferralDirection;
import app.handshake.partners.ReferralOutcome;
import app.handshake.partners.Referrals;
import app.handshake.partners.Specialties;
import app.handshake.partners.ranking.ReferralSearch;
import app.handshake.partners.ranking.VouchingPath;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the partner page shows, filled in one place: the page opens with it, and a refused form comes back on it with
 * its problems beside its fields.
 */
@Component
class PartnerPage {

    static final String TEMPLATE = "partners/show";

    private static final int LISTED = 50;

    private final Partners partners;
    private final Endorsements endorsements;
    private final Referrals referrals;
    private final DeliveryRecords records;
    private final Specialties specialties;
    private final People people;
    private final ReferralSearch search;

    PartnerPage(Partners partners, Endorsements endorsements, Referrals referrals, DeliveryRecords records,
            Specialties specialties, People people, ReferralSearch search) {
        this.partners = partners;
        this.endorsements = endorsements;
        this.referrals = referrals;
        this.records = records;
        this.specialties = specialties;
        this.people = people;
        this.search = search;
    }

    String show(SignedInUser user, UUID id, Model model) {
        PartnerDetails partner = partners.get(user.actor(), id);
        model.addAttribute("section", "partners");
        model.addAttribute("partner", partner);
        model.addAttribute("places", partner.areas().stream().map(PartnerPlaces::of).toList());
        model.addAttribute("endorsements", endorsements.ofPartner(user.actor(), id, PageRequest.first(LISTED)).items());
        // Each endorsement that counts says what its endorser is to the reader, as the search's paths do.
        Map<UUID, VouchingPath> paths = search.pathsFor(user.actor(), id).stream()
                .collect(Collectors.toMap(VouchingPath::endorsementId, Function.identity()));
        model.addAttribute("paths", paths);
        model.addAttribute("referrals", referrals.list(user.actor(), id, null, PageRequest.first(LISTED)).items());
        model.addAttribute("record", records.of(user.actor(), id));
        model.addAttribute("deployments", records.deploymentsOf(user.actor(), id, LISTED));
        model.addAttribute("vocabulary", specialties.list());
        model.addAttribute("chosenSpecialties", partner.specialties().stream().map(PartnerDetails.SpecialtyName::id)
                .toList());
        // The forms choose their people by typing (PartnerPickers); a form sent back with a problem shows its choice.
        model.addAttribute("anyPeople", !people.search(user.actor(), PersonSearch.EVERYONE, PageRequest.first(1))
                .items().isEmpty());
        model.addAttribute("chosenNames", chosenNames(user, model));
        model.addAttribute("areaKinds", AreaKind.values());
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("directions", ReferralDirection.values());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute(FormProblems.ATTRIBUTE, FormProblems.none());
        }
        return TEMPLATE;
    }

    /** The names of the people chosen in the forms of a request sent back with a problem, by id. */
    private Map<UUID, String> chosenNames(SignedInUser user, Model model) {
        List<UUID> chosen = new ArrayList<>();
        if (model.getAttribute("endorsementForm") instanceof PartnerForms.EndorsementForm form) {
            chosen.add(form.endorserPersonId());
        }
        if (model.getAttribute("referralForm") instanceof PartnerForms.ReferralForm form) {
            chosen.add(form.personId());
        }
        if (model.getAttribute("contactForm") instanceof PartnerForms.ContactForm form) {
            chosen.add(form.personId());
        }
        Map<UUID, String> names = new HashMap<>();
        chosen.stream().filter(Objects::nonNull).forEach(id -> people.find(user.actor(), id)
                .ifPresent(person -> names.put(id, person.name())));
        return names;
    }

    static String outcomeLabel(ReferralOutcome outcome) {
        return switch (outcome) {
            case engaged -> "Engaged";
            case declined -> "Declined";
            case delivered_well -> "Delivered well";
            case delivered_badly -> "Delivered badly";
        };
    }
}
