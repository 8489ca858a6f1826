package app.handshake.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String email,
            @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("section", "none");
        model.addAttribute("email", email);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("problem", error == null ? null : switch (error) {
            case "locked" -> "Too many failed sign-ins. Wait a few minutes, then try again.";
            default -> "That email and password do not match an active account.";
        });
        return "accounts/login";
    }
}
