package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Endorsement;
import app.handshake.partners.Endorsements;
import app.handshake.shared.ConflictException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.Touchpoints;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Thank Anna" in one tap: logs the thanks as a touchpoint with the endorser, and the notice offers to undo it,
 * which deletes that touchpoint again. Only thanks given in this session can be undone here, as on Today.
 */
@Controller
class PartnerThanksPages {

    private static final String THANKED = PartnerThanksPages.class.getName() + ".thanked";
    private static final int KEPT = 10;

    private final Endorsements endorsements;
    private final Touchpoints touchpoints;

    PartnerThanksPages(Endorsements endorsements, Touchpoints touchpoints) {
        this.endorsements = endorsements;
        this.touchpoints = touchpoints;
    }

    @PostMapping("/partners/{id}/endorsements/{endorsementId}/thanks")
    String thank(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID endorsementId,
            HttpSession session, RedirectAttributes redirect) {
        Endorsement endorsement = endorsements.get(user.actor(), endorsementId);
        if (!endorsement.partnerId().equals(id)) {
            throw new RecordNotFoundException("endorsement", endorsementId);
        }
        try {
            TouchpointDetails logged = endorsements.thank(user.actor(), endorsementId);
            Map<UUID, Long> thanked = thanked(session);
            thanked.put(logged.id(), logged.version());
            while (thanked.size() > KEPT) {
                thanked.remove(thanked.keySet().iterator().next());
            }
            session.setAttribute(THANKED, thanked);
            redirect.addFlashAttribute("notice", "Thanks to " + endorsement.endorserName()
                    + " logged as a message on their timeline.");
            redirect.addFlashAttribute("undoThanks", logged.id().toString());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/partners/" + id + "#endorsements";
    }

    @PostMapping("/partners/{id}/thanks/{touchpointId}/undo")
    String undo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID touchpointId,
            HttpSession session, RedirectAttributes redirect) {
        Map<UUID, Long> thanked = thanked(session);
        Long version = thanked.remove(touchpointId);
        session.setAttribute(THANKED, thanked);
        if (version == null) {
            redirect.addFlashAttribute("notice", "That can no longer be undone here: open the touchpoint from the"
                    + " person's timeline to delete it.");
            return "redirect:/partners/" + id + "#endorsements";
        }
        try {
            touchpoints.delete(user.actor(), touchpointId, version);
            redirect.addFlashAttribute("notice", "Undone: the thanks are no longer logged.");
        } catch (RecordNotFoundException e) {
            redirect.addFlashAttribute("notice", "That touchpoint was already deleted.");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("notice", "That touchpoint was changed since: open it to delete it.");
        }
        return "redirect:/partners/" + id + "#endorsements";
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Long> thanked(HttpSession session) {
        Object stored = session.getAttribute(THANKED);
        return stored instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<UUID, Long>) map) : new LinkedHashMap<>();
    }
}
