package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.ranking.ReferralResults;
import app.handshake.partners.ranking.ReferralSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners")
class ReferralSearchApi {

    private final ReferralSearch search;

    ReferralSearchApi(ReferralSearch search) {
        this.search = search;
    }

    @GetMapping("/api/partners/search")
    @Operation(operationId = "searchPartners", summary = "Partners for a need (a specialty by name or synonym), near a"
            + " place (a name the workspace's addresses know, or latitude,longitude), ranked by (0.05 + trust) x"
            + " delivery x fit for you: trust from who endorses them and how well you and the team know those people,"
            + " delivery from deployments they took part in that reached active use and referrals delivered. Each"
            + " with the people who vouch for it. limit 1..50, 20 by default. A place nobody knows is searched"
            + " without, and a note says so.")
    ReferralResults search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String need,
            @RequestParam(required = false) String near, @RequestParam(defaultValue = "20") int limit) {
        return search.search(user.actor(), need, near, limit);
    }
}
