package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealHistoryEntry;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealSummary;
import app.handshake.deals.Deals;
import app.handshake.deals.LossReason;
import app.handshake.deals.Pipeline;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals")
class DealsApi {

    private final Deals deals;
    private final Pipeline pipeline;

    DealsApi(Deals deals, Pipeline pipeline) {
        this.deals = deals;
        this.pipeline = pipeline;
    }

    @GetMapping
    @Operation(operationId = "listDeals", summary = "List the deals you may see, by name, with filters; a value"
            + " range needs its currency; goingStale: open deals idle longer than their stage allows")
    PageResponse<DealSummary> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID stageId, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) DealOutcome outcome, @RequestParam(required = false) String currency,
            @RequestParam(required = false) Long minValue, @RequestParam(required = false) Long maxValue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingTo,
            @RequestParam(required = false) Boolean goingStale, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(deals.list(user.actor(), filter(stageId, ownerId, organizationId, personId, outcome,
                currency, minValue, maxValue, closingFrom, closingTo, goingStale, q), PageRequest.of(after, limit)));
    }

    /** The list's filters, checked: a value range is in one currency. */
    static DealFilter filter(UUID stageId, UUID ownerId, UUID organizationId, UUID personId, DealOutcome outcome,
            String currency, Long minValue, Long maxValue, LocalDate closingFrom, LocalDate closingTo,
            Boolean goingStale, String q) {
        String code = currency == null || currency.isBlank() ? null : Money.code(currency);
        if ((minValue != null || maxValue != null) && code == null) {
            throw new InvalidRequestException("currency", "must be given with a value range: sums and ranges"
                    + " never mix currencies");
        }
        if (minValue != null && maxValue != null && minValue > maxValue) {
            throw new InvalidRequestException("minValue", "must not be above maxValue");
        }
        if (closingFrom != null && closingTo != null && closingFrom.isAfter(closingTo)) {
            throw new InvalidRequestException("closingFrom", "must not be after closingTo");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidRequestException("q", "must be at most 200 characters");
        }
        return new DealFilter(stageId, ownerId, organizationId, personId, outcome, code, minValue, maxValue,
                closingFrom, closingTo, goingStale, text);
    }

    @PostMapping
    @Operation(operationId = "createDeal", summary = "Open a deal at an organization, in the pipeline's first stage"
            + " unless a stage is named; you own it")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<DealDetails> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody DealRequest request) {
        DealDetails created = deals.create(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/deals/" + created.id())).eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDeal", summary = "One deal, with the ETag to change it")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return answer(deals.get(user.actor(), id));
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getDealHistory", summary = "The deal's stage and outcome history, who and when")
    List<DealHistoryEntry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return deals.history(user.actor(), id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateDeal", summary = "Replace a deal's fields (a stage moves it, if open); send"
            + " the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DealRequest request) {
        return answer(deals.update(user.actor(), id, ETags.required(ifMatch), request.toDraft()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteDeal", summary = "Delete a deal and its history (owner, their manager, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        deals.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    @Operation(operationId = "moveDeal", summary = "Move an open deal to another stage; 409 if it is closed")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> move(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OutcomeRequests.Move request) {
        return answer(deals.move(user.actor(), id, ETags.optional(ifMatch), request.stageId()));
    }

    @PostMapping("/{id}/win")
    @Operation(operationId = "winDeal", summary = "Close an open deal as won; 409 if it is closed")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> win(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) OutcomeRequests.Win request) {
        return answer(deals.win(user.actor(), id, ETags.optional(ifMatch), request == null ? null : request.note()));
    }

    @PostMapping("/{id}/lose")
    @Operation(operationId = "loseDeal", summary = "Close an open deal as lost, with why (a reason of the"
            + " workspace's list by id or label, or free text) and the competitor who won; its decision makers and"
            + " champions are then nurtured")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> lose(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OutcomeRequests.Lose request) {
        UUID reasonId = request.reasonId();
        String note = request.reason();
        if (reasonId == null && note != null) {
            String said = note.strip().toLowerCase(Locale.ROOT);
            for (LossReason reason : pipeline.lossReasons()) {
                if (reason.label().toLowerCase(Locale.ROOT).equals(said)) {
                    reasonId = reason.id();
                    note = null;
                }
            }
        }
        return answer(deals.lose(user.actor(), id, ETags.optional(ifMatch), reasonId, note, request.competitor()));
    }

    @PostMapping("/{id}/walk-away")
    @Operation(operationId = "walkAwayFromDeal", summary = "Close an open deal as walked away (disqualified), with"
            + " the reason")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> walkAway(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OutcomeRequests.WalkAway request) {
        return answer(deals.walkAway(user.actor(), id, ETags.optional(ifMatch), request.reason()));
    }

    @PostMapping("/{id}/reopen")
    @Operation(operationId = "reopenDeal", summary = "Open a closed deal again, in its stage or the one named; its"
            + " history stays; 409 if it is open")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) OutcomeRequests.Reopen request) {
        return answer(deals.reopen(user.actor(), id, ETags.optional(ifMatch), request == null ? null : request.stageId()));
    }

    @PostMapping("/{id}/undo-close")
    @Operation(operationId = "undoDealClose", summary = "Take back a close made by mistake, within 10 minutes of it:"
            + " the deal is open again where it was, and an undone loss does not count as one; 409 later (reopen"
            + " it instead) or if it is open")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DealDetails> undoClose(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(deals.undoClose(user.actor(), id, ETags.optional(ifMatch)));
    }

    private static ResponseEntity<DealDetails> answer(DealDetails deal) {
        return ResponseEntity.ok().eTag(ETags.of(deal.version())).body(deal);
    }
}
