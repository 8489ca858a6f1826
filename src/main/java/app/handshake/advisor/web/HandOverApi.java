package app.handshake.advisor.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.advisor.HandOver;
import app.handshake.advisor.HandOverProposal;
import app.handshake.advisor.HandOvers;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hand-overs")
@Tag(name = "Advisor")
class HandOverApi {

    private final HandOvers handOvers;

    HandOverApi(HandOvers handOvers) {
        this.handOvers = handOvers;
    }

    /** One relationship to hand over; {@code channel}: in person unless given. */
    record HandOverItemRequest(@NotNull UUID personId, @NotNull UUID newOwnerId, @NotNull OffsetDateTime plannedAt,
            @Nullable Channel channel) {}

    record HandOverRequest(@NotNull UUID userId, @NotEmpty @Size(max = 2000) List<@Valid @NotNull HandOverItemRequest> items) {}

    @GetMapping("/proposal")
    @Operation(operationId = "proposeHandOver", summary = "What handing over a user's relationships would do, stored"
            + " nowhere: each person they hold at relationship or trusted tier or on an open deal they own, who else"
            + " knows them, the proposed new owner (to= one colleague for all) and an introduction meeting. Admins and"
            + " the user's manager.")
    HandOverProposal proposal(@AuthenticationPrincipal SignedInUser user, @RequestParam UUID userId,
            @RequestParam(required = false) UUID to) {
        return handOvers.propose(user.actor(), userId, to);
    }

    @PostMapping
    @Operation(operationId = "createHandOver", summary = "Store a proposed hand-over plan (admins, the user's manager)")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<HandOver> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody HandOverRequest request) {
        HandOver made = handOvers.create(user.actor(), request.userId(), request.items().stream()
                .map(i -> new HandOvers.Choice(i.personId(), i.newOwnerId(), i.plannedAt(), i.channel())).toList());
        return ResponseEntity.created(URI.create("/api/hand-overs/" + made.id())).eTag(ETags.of(made.version()))
                .body(made);
    }

    @PostMapping("/{id}/accept")
    @Operation(operationId = "acceptHandOver", summary = "Accept a proposed plan, sending its ETag as If-Match: plans"
            + " each introduction and moves each person, their cadence and the open deals with them to the new owner")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<HandOver> accept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(handOvers.accept(user.actor(), id, ETags.required(ifMatch)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getHandOver", summary = "A hand-over plan: each relationship you may see, met or not"
            + " since it was accepted, its introduction meeting, and the counts")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<HandOver> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return withETag(handOvers.get(user.actor(), id));
    }

    @GetMapping
    @Operation(operationId = "listHandOvers", summary = "Hand-over plans, newest first: an admin's are everyone's, a"
            + " manager's their reports', and anyone's those they hand over or take over")
    PageResponse<HandOver> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(handOvers.list(user.actor(), PageRequest.of(after, limit)));
    }

    private static ResponseEntity<HandOver> withETag(HandOver body) {
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }
}
