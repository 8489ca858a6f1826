package app.handshake.touchpoints.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Plausible;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointFilter;
import app.handshake.touchpoints.Touchpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Touchpoints")
class TouchpointsApi {

    private final Touchpoints touchpoints;

    TouchpointsApi(Touchpoints touchpoints) {
        this.touchpoints = touchpoints;
    }

    @GetMapping("/api/touchpoints")
    @Operation(operationId = "listTouchpoints",
            summary = "Touchpoints the caller may see, newest first, by person, organization, team member, deal or dates")
    PageResponse<TouchpointDetails> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID userId, @RequestParam(required = false) UUID dealId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(touchpoints.list(user.actor(),
                new TouchpointFilter(personId, organizationId, userId, Plausible.time("from", from),
                        Plausible.time("to", to), dealId), PageRequest.of(after, limit)));
    }

    @GetMapping("/api/people/{personId}/timeline")
    @Operation(operationId = "getTimeline",
            summary = "A person's timeline: every touchpoint with them the caller may see, newest first")
    PageResponse<TouchpointDetails> timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(touchpoints.timeline(user.actor(), personId, PageRequest.of(after, limit)));
    }

    @PostMapping("/api/touchpoints")
    @Operation(operationId = "logTouchpoint",
            summary = "Log a touchpoint; scores and due dates of its people follow at once, and the planned meetings it"
                    + " fulfils (or the one named) are done")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<TouchpointDetails> log(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody TouchpointRequest request) {
        TouchpointDetails logged = touchpoints.log(user.actor(), request.toDraft(), "api", null,
                request.plannedTouchpointId());
        return ResponseEntity.created(URI.create("/api/touchpoints/" + logged.id())).eTag(ETags.of(logged.version()))
                .body(logged);
    }

    @GetMapping("/api/touchpoints/{id}")
    @Operation(operationId = "getTouchpoint", summary = "One touchpoint, with the ETag to change it")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<TouchpointDetails> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        TouchpointDetails touchpoint = touchpoints.get(user.actor(), id);
        return ResponseEntity.ok().eTag(ETags.of(touchpoint.version())).body(touchpoint);
    }

    @PutMapping("/api/touchpoints/{id}")
    @Operation(operationId = "updateTouchpoint", summary = "Replace a touchpoint; send the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<TouchpointDetails> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TouchpointRequest request) {
        TouchpointDetails updated = touchpoints.update(user.actor(), id, ETags.required(ifMatch), request.toDraft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/api/touchpoints/{id}")
    @Operation(operationId = "deleteTouchpoint",
            summary = "Delete a touchpoint (the one who logged it, their manager, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        touchpoints.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
