package app.handshake.accounts.web;

import app.handshake.accounts.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for the header (name, sign-out, admin links). */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }
}
