package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerParts;
import app.handshake.partners.Partners;
import app.handshake.partners.Referral;
import app.handshake.partners.ReferralOutcome;
import app.handshake.partners.Referrals;
import app.handshake.partners.web.PartnerForms.AreaForm;
import app.handshake.partners.web.PartnerForms.CertificationForm;
import app.handshake.partners.web.PartnerForms.ContactForm;
import app.handshake.partners.web.PartnerForms.EndorsementForm;
import app.handshake.partners.web.PartnerForms.ReferralForm;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of the partner page: its specialties, areas, certifications and contacts; a recommendation and a
 * referral recorded, and a referral's outcome in one tap. Each saves and goes back to the page; a refused form comes
 * back on the page with its problems beside its fields.
 */
@Controller
class PartnerPartPages {

    private final Partners partners;
    private final PartnerParts parts;
    private final Endorsements endorsements;
    private final Referrals referrals;
    private final PartnerPage page;

    PartnerPartPages(Partners partners, PartnerParts parts, Endorsements endorsements, Referrals referrals,
            PartnerPage page) {
        this.partners = partners;
        this.parts = parts;
        this.endorsements = endorsements;
        this.referrals = referrals;
        this.page = page;
    }

    @PostMapping("/partners/{id}/specialties")
    String specialties(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(name = "specialty", required = false) List<String> chosen, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "specialties", FormFields.of(), "#specialties", () -> {
            parts.setSpecialties(user.actor(), id, null, chosen == null ? List.of() : chosen);
            return "Specialties saved.";
        });
    }

    @PostMapping("/partners/{id}/areas")
    String addArea(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("areaForm") AreaForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "area", PartnerForms.AREA, "#areas", () -> {
            parts.addArea(user.actor(), id, form.toDraft());
            return "The service area was added.";
        });
    }

    @PostMapping("/partners/{id}/areas/{areaId}/remove")
    String removeArea(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID areaId,
            RedirectAttributes redirect) {
        parts.removeArea(user.actor(), id, areaId);
        redirect.addFlashAttribute("notice", "The service area was removed.");
        return "redirect:/partners/" + id + "#areas";
    }

    @PostMapping("/partners/{id}/certifications")
    String addCertification(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("certificationForm") CertificationForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "certification", PartnerForms.CERTIFICATION,
                "#certifications", () -> {
                    parts.addCertification(user.actor(), id, form.toDraft());
                    return "The certification was added.";
                });
    }

    @PostMapping("/partners/{id}/certifications/{certificationId}/remove")
    String removeCertification(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID certificationId, RedirectAttributes redirect) {
        parts.removeCertification(user.actor(), id, certificationId);
        redirect.addFlashAttribute("notice", "The certification was removed.");
        return "redirect:/partners/" + id + "#certifications";
    }

    @PostMapping("/partners/{id}/contacts")
    String putContact(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("contactForm") ContactForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "contact", PartnerForms.CONTACT, "#contacts", () -> {
            parts.putContact(user.actor(), id, form.person(), form.role());
            return "The contact was saved.";
        });
    }

    @PostMapping("/partners/{id}/contacts/{personId}/remove")
    String removeContact(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID personId, RedirectAttributes redirect) {
        parts.removeContact(user.actor(), id, personId);
        redirect.addFlashAttribute("notice", "The contact was removed.");
        return "redirect:/partners/" + id + "#contacts";
    }

    @PostMapping("/partners/{id}/endorsements")
    String recordEndorsement(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("endorsementForm") EndorsementForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "endorsement", PartnerForms.ENDORSEMENT, "#endorsements",
                () -> "The recommendation by " + endorsements.record(user.actor(), id, form.toDraft()).endorserName()
                        + " was recorded.");
    }

    @PostMapping("/partners/{id}/referrals")
    String recordReferral(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("referralForm") ReferralForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "referral", PartnerForms.REFERRAL, "#referrals", () -> {
            referrals.record(user.actor(), form.toDraft(id));
            return "The referral was recorded.";
        });
    }

    /** What came of a referral, in one tap. */
    @PostMapping("/partners/{id}/referrals/{referralId}/outcome")
    String outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID referralId,
            @RequestParam(required = false) @Nullable ReferralOutcome outcome,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        partners.get(user.actor(), id);
        try {
            // No outcome (an empty one) takes back an outcome tapped by mistake.
            Referral referral = referrals.updateOutcome(user.actor(), referralId, version, outcome, null);
            redirect.addFlashAttribute("notice", "Referral " + (referral.personName() == null ? ""
                    : (referral.direction().name().equals("given") ? "of " : "from ") + referral.personName() + " ")
                    + (outcome == null ? "has no outcome yet."
                            : "marked " + PartnerPage.outcomeLabel(outcome).toLowerCase(java.util.Locale.ROOT) + "."));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone else changed this referral meanwhile: here it is as it"
                    + " stands now.");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/partners/" + id + "#referrals";
    }

    private String saved(SignedInUser user, UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String form, FormFields fields, String anchor, Supplier<String> save) {
        try {
            redirect.addFlashAttribute("notice", save.get());
            return "redirect:/partners/" + id + anchor;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("failed", form);
            model.addAttribute(FormProblems.ATTRIBUTE, fields.problems(e));
            return page.show(user, id, model);
        }
    }
}
