package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.Deals;
import app.handshake.deals.NurtureRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deals")
class NurtureApi {

    private final Deals deals;

    NurtureApi(Deals deals) {
        this.deals = deals;
    }

    @GetMapping("/api/deals/{id}/nurture")
    @Operation(operationId = "getDealNurture", summary = "Whether the nurture of a lost deal is kept up: since the"
            + " loss, month by month, the touchpoints you may see with its decision makers and champions you may"
            + " see, months kept and missed, and whether the deal was won back")
    NurtureRecord nurture(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return deals.nurture(user.actor(), id);
    }
}
