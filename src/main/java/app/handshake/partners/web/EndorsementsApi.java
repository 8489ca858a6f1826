package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Endorsement;
import app.handshake.partners.Endorsements;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointDetails;
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
@RequestMapping("/api/endorsements")
@Tag(name = "Partners")
class EndorsementsApi {

    private final Endorsements endorsements;

    EndorsementsApi(Endorsements endorsements) {
        this.endorsements = endorsements;
    }

    @GetMapping
    @Operation(operationId = "listEndorsementsByPerson", summary = "The endorsements a person gave, latest first, as"
            + " far as you may see the person and the partners")
    PageResponse<Endorsement> byPerson(@AuthenticationPrincipal SignedInUser user,
            @RequestParam UUID endorserPersonId, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        return PageResponse.of(endorsements.byPerson(user.actor(), endorserPersonId, PageRequest.of(after, limit)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEndorsement", summary = "One endorsement, if you may see its partner and its"
            + " endorser")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Endorsement> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return answer(endorsements.get(user.actor(), id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateEndorsement", summary = "Replace an endorsement (only the one who recorded it);"
            + " send the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Endorsement> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerRequests.Endorsement request) {
        return answer(endorsements.update(user.actor(), id, ETags.required(ifMatch), request.toDraft()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteEndorsement", summary = "Delete an endorsement (only the one who recorded it)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        endorsements.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/thanks")
    @Operation(operationId = "thankEndorser", summary = "Log a message to the endorser thanking them for"
            + " recommending the partner; answers the touchpoint (409 when a team member endorsed)")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"))
    ResponseEntity<TouchpointDetails> thank(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        TouchpointDetails logged = endorsements.thank(user.actor(), id);
        return ResponseEntity.created(URI.create("/api/touchpoints/" + logged.id())).body(logged);
    }

    private static ResponseEntity<Endorsement> answer(Endorsement endorsement) {
        return ResponseEntity.ok().eTag(ETags.of(endorsement.version())).body(endorsement);
    }
}
