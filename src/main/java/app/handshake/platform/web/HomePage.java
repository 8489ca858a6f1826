package app.handshake.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door leads to the people list. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "redirect:/people";
    }
}
