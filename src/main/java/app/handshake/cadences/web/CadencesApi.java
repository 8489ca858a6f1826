package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Agenda;
import app.handshake.cadences.Cadence;
import app.handshake.cadences.CadenceRule;
import app.handshake.cadences.Cadences;
import app.handshake.platform.web.ETags;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.TouchpointDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cadences and agenda")
class CadencesApi {

    private final Cadences cadences;
    private final Agenda agenda;

    CadencesApi(Cadences cadences, Agenda agenda) {
        this.cadences = cadences;
        this.agenda = agenda;
    }

    record CadenceRequest(@NotNull @Min(1) @Max(3650) Integer intervalDays, Channel channel, UUID assigneeId) {}

    record AgendaResponse(int overdue, int dueToday, List<Agenda.Item> items) {}

    record SnoozeRequest(@NotNull LocalDate until) {}

    record DoneRequest(Channel channel, @Size(max = 300) String summary) {}

    @GetMapping("/api/people/{id}/cadence")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    @Operation(operationId = "getCadence", summary = "A person's cadence as it applies now, where it comes from, and when it is due; the ETag "
            + "is the version of the cadence set on the person")
    ResponseEntity<Cadences.Standing> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return withETag(cadences.of(user.actor(), id));
    }

    @PutMapping("/api/people/{id}/cadence")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    @Operation(operationId = "setCadence", summary = "Set a cadence on a person: every intervalDays, optionally only by one channel; send the "
            + "ETag you read as If-Match")
    ResponseEntity<Cadences.Standing> set(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody CadenceRequest request) {
        return withETag(cadences.set(user.actor(), id, ETags.required(ifMatch),
                new Cadence(request.intervalDays(), request.channel(), request.assigneeId())));
    }

    @DeleteMapping("/api/people/{id}/cadence")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    @Operation(operationId = "clearCadence", summary = "Remove the cadence set on a person; rules may still give them one. If-Match is optional")
    ResponseEntity<Cadences.Standing> clear(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(cadences.clear(user.actor(), id, ETags.optional(ifMatch)));
    }

    private static ResponseEntity<Cadences.Standing> withETag(Cadences.Standing standing) {
        return ResponseEntity.ok().eTag(ETags.of(standing.version())).body(standing);
    }

    @GetMapping("/api/cadence-rules")
    @Operation(operationId = "listCadenceRules", summary = "The cadence rules of the workspace")
    List<CadenceRule> rules() {
        return cadences.rules();
    }

    @PostMapping("/api/cadence-rules")
    @Operation(operationId = "addCadenceRule",
            summary = "Add a cadence for every person with a tag, tier or organization tier (managers, admins)")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"))
    ResponseEntity<CadenceRule> addRule(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody RuleRequest request) {
        CadenceRule rule = cadences.addRule(user.actor(), request.kind(), request.value(), request.intervalDays(),
                request.channel());
        return ResponseEntity.created(URI.create("/api/cadence-rules/" + rule.id())).body(rule);
    }

    @DeleteMapping("/api/cadence-rules/{id}")
    @Operation(operationId = "removeCadenceRule", summary = "Remove a cadence rule (managers, admins)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeRule(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        cadences.removeRule(user.actor(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/agenda")
    @Operation(operationId = "getAgenda",
            summary = "Today: the caller's overdue and due people, overdue first, most valuable first, with a channel")
    AgendaResponse agenda(@AuthenticationPrincipal SignedInUser user) {
        List<Agenda.Item> items = agenda.today(user.actor());
        int overdue = (int) items.stream().filter(Agenda.Item::overdue).count();
        return new AgendaResponse(overdue, items.size() - overdue, items);
    }

    @PostMapping("/api/agenda/{personId}/snooze")
    @Operation(operationId = "snoozeAgendaPerson", summary = "Hide a person from the caller's agenda until a date")
    @ApiResponse(responseCode = "204", description = "Snoozed")
    ResponseEntity<Void> snooze(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @Valid @RequestBody SnoozeRequest request) {
        agenda.snooze(user.actor(), personId, request.until());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/agenda/{personId}/done")
    @Operation(operationId = "logDueTouchpoint",
            summary = "Log the touchpoint that was due (default: a phone call now); the due date moves on")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"))
    ResponseEntity<TouchpointDetails> done(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @Valid @RequestBody(required = false) DoneRequest request) {
        TouchpointDetails logged = agenda.done(user.actor(), personId, request == null ? null : request.channel(),
                request == null ? null : request.summary());
        return ResponseEntity.created(URI.create("/api/touchpoints/" + logged.id())).body(logged);
    }
}
