package app.handshake.accounts.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.platform.web.ViewerTime;
import java.time.ZoneOffset;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in, for the header (name, sign-out, admin links), and their time zone, for
 * every time it shows; and whether they have one yet, so that the page can take their browser's.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final TimeZones zones;

    CurrentUserAdvice(TimeZones zones) {
        this.zones = zones;
    }

    @ModelAttribute
    void currentUser(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("currentUser", user);
        if (user == null) {
            model.addAttribute(ViewerTime.ZONE_ATTRIBUTE, ZoneOffset.UTC);
            return;
        }
        // read with the user on this request, not asked of the database again
        model.addAttribute(ViewerTime.ZONE_ATTRIBUTE, zones.zoneOf(user.user()));
        model.addAttribute("zoneChosen", user.user().timeZone() != null);
    }
}
