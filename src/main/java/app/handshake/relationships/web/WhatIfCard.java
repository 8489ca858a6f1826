package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.WhatIf;
import app.handshake.relationships.WhatIfCadence;
import app.handshake.relationships.WhatIfs;
import app.handshake.touchpoints.Channel;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The what-if card of the person page: a channel and how often, and what that would do to the team's score
 * over the next twelve months, in a sentence, as a chart that static/js/relationship-what-if.js draws from the
 * what-if endpoint, and as a table. Changing the form reloads only the result (htmx).
 */
@Controller
class WhatIfCard {

    static final String RESULT = "what-if-result";

    /** The cadences offered, as ISO-8601 periods with the words they read as. */
    record Every(String value, String label) {}

    static final List<Every> CHOICES = List.of(new Every("none", "no further touch"), new Every("P7D", "weekly"),
            new Every("P14D", "every 2 weeks"), new Every("P1M", "monthly"), new Every("P3M", "quarterly"));

    private final WhatIfs whatIfs;

    WhatIfCard(WhatIfs whatIfs) {
        this.whatIfs = whatIfs;
    }

    @GetMapping("/people/{personId}/relationship-what-if")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(defaultValue = "phone") String channel, @RequestParam(defaultValue = "none") String every,
            @RequestHeader(name = "HX-Target", required = false) String target, Model model) {
        WhatIf whatIf = whatIfs.of(user.actor(), personId, WhatIfCadence.parse(channel, every, "P1Y", null));
        model.addAttribute("whatIf", whatIf);
        model.addAttribute("channel", channel);
        model.addAttribute("every", every);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("choices", CHOICES);
        boolean resultOnly = RESULT.equals(target);
        model.addAttribute("resultOnly", resultOnly);
        return resultOnly ? "relationships/what-if :: result" : "relationships/what-if";
    }
}
