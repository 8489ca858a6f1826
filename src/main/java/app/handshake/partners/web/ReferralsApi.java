package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Referral;
import app.handshake.partners.Referrals;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Partners")
class ReferralsApi {

    private final Referrals referrals;

    ReferralsApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    @Operation(operationId = "listReferrals", summary = "Referrals you may see (their partner and person both),"
            + " latest first, of one partner and/or one person")
    PageResponse<Referral> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID partnerId, @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(referrals.list(user.actor(), partnerId, personId, PageRequest.of(after, limit)));
    }

    @PostMapping
    @Operation(operationId = "recordReferral", summary = "Record a referral given to or received from a partner,"
            + " about a person, for a need (its specialty is found from the need's words when not given)")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<Referral> record(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PartnerRequests.Referral request) {
        Referral created = referrals.record(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/referrals/" + created.id())).eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getReferral", summary = "One referral")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Referral> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return answer(referrals.get(user.actor(), id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateReferralOutcome", summary = "Record what came of a referral: engaged, declined,"
            + " delivered_well or delivered_badly, and the day (today by default)")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Referral> updateOutcome(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerRequests.Outcome request) {
        return answer(referrals.updateOutcome(user.actor(), id, ETags.required(ifMatch), request.outcome(),
                request.outcomeOn()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteReferral", summary = "Delete a referral (the one who recorded it, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        referrals.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Referral> answer(Referral referral) {
        return ResponseEntity.ok().eTag(ETags.of(referral.version())).body(referral);
    }
}
