package app.handshake.touchpoints.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedStatus;
import app.handshake.touchpoints.PlannedTouchpoint;
import app.handshake.touchpoints.PlannedTouchpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
class PlannedTouchpointsApi {

    private final PlannedTouchpoints planned;

    PlannedTouchpointsApi(PlannedTouchpoints planned) {
        this.planned = planned;
    }

    /** The body of PUT: the new time; how and why stay as they were unless given. */
    record RescheduleRequest(@NotNull OffsetDateTime plannedAt, Channel channel, @Size(max = 1000) String purpose) {}

    @PostMapping("/api/touchpoints/planned")
    @Operation(operationId = "planTouchpoint", summary = "Plan a meeting with people (in person unless another"
            + " channel is given); the touchpoint logged for it later completes it")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<PlannedTouchpoint> plan(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PlannedRequest request) {
        PlannedTouchpoint made = planned.plan(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/touchpoints/planned/" + made.id()))
                .eTag(ETags.of(made.version())).body(made);
    }

    @GetMapping("/api/touchpoints/planned")
    @Operation(operationId = "listPlannedTouchpoints", summary = "The caller's planned meetings (they meet them or"
            + " join), earliest first, still to happen unless another status is asked for")
    PageResponse<PlannedTouchpoint> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) PlannedStatus status,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(planned.ofActor(user.actor(), status == null ? PlannedStatus.planned : status, from, to,
                PageRequest.of(after, limit)));
    }

    @GetMapping("/api/touchpoints/planned/{id}")
    @Operation(operationId = "getPlannedTouchpoint", summary = "One planned meeting, with the ETag to move it")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PlannedTouchpoint> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return withETag(planned.get(user.actor(), id));
    }

    @PutMapping("/api/touchpoints/planned/{id}")
    @Operation(operationId = "reschedulePlannedTouchpoint",
            summary = "Move a planned meeting to another time; send the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PlannedTouchpoint> reschedule(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RescheduleRequest request) {
        return withETag(planned.reschedule(user.actor(), id, ETags.required(ifMatch), request.plannedAt(),
                request.channel(), request.purpose()));
    }

    @PostMapping("/api/touchpoints/planned/{id}/cancel")
    @Operation(operationId = "cancelPlannedTouchpoint", summary = "Call off a planned meeting (the one who will meet"
            + " them, the one who planned it, their manager, admins); If-Match is optional")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PlannedTouchpoint> cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(planned.cancel(user.actor(), id, ETags.optional(ifMatch)));
    }

    private static ResponseEntity<PlannedTouchpoint> withETag(PlannedTouchpoint body) {
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }
}
