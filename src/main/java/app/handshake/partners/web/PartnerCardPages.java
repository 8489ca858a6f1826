package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.Partners;
import app.handshake.partners.Specialties;
import app.handshake.partners.web.PartnerForms.EndorsementForm;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners cards of other pages, served from here so that the people module does not depend on partners: on a
 * person's page the partners they recommend (as far as the reader may see) with a form to record one more; on an
 * organization's page its partner, or an offer to make it one.
 */
@Controller
class PartnerCardPages {

    private static final int CARD = 20;

    private final Endorsements endorsements;
    private final Partners partners;
    private final Specialties specialties;
    private final People people;
    private final Organizations organizations;

    PartnerCardPages(Endorsements endorsements, Partners partners, Specialties specialties, People people,
            Organizations organizations) {
        this.endorsements = endorsements;
        this.partners = partners;
        this.specialties = specialties;
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping("/people/{id}/recommends-card")
    String recommends(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        people.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("person", id));
        model.addAttribute("personId", id);
        model.addAttribute("endorsements", endorsements.byPerson(user.actor(), id, PageRequest.first(CARD)).items());
        // The partner is chosen by typing (PartnerPickers).
        model.addAttribute("anyPartners", !partners.list(user.actor(), new PartnerFilter(null, null, null),
                PageRequest.first(1)).items().isEmpty());
        model.addAttribute("vocabulary", specialties.list());
        return "partners/recommends-card";
    }

    @PostMapping("/people/{id}/recommendations")
    String recommend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute EndorsementForm form, RedirectAttributes redirect) {
        people.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("person", id));
        try {
            var recorded = endorsements.record(user.actor(), form.partner(), new EndorsementForm(id, form.partnerId(),
                    form.specialtyId(), form.rating(), form.said(), form.endorsedOn()).toDraft());
            redirect.addFlashAttribute("notice", "Recorded: " + recorded.endorserName() + " recommends "
                    + recorded.partnerName() + ".");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", "The recommendation was not recorded: "
                    + PartnerForms.ENDORSEMENT.problems(e).all().getFirst().message());
        }
        return "redirect:/people/" + id + "#recommends";
    }

    @GetMapping("/organizations/{id}/partner-card")
    String organization(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        organizations.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("organization", id));
        model.addAttribute("organizationId", id);
        model.addAttribute("partner", partners.ofOrganization(user.actor(), id).orElse(null));
        return "partners/organization-card";
    }
}
