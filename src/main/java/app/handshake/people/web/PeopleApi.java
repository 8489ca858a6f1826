package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.MergeOutcome;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonSearch;
import app.handshake.people.Source;
import app.handshake.accounts.SignedInUser;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/people")
@Tag(name = "People")
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(operationId = "listPeople",
            summary = "List people, optionally searching by name, email or organization name (q), tag, organization "
            + "or relationship tier; sort=strength puts the strongest relationships first")
    PageResponse<PersonResponse.Line> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String tag, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false, defaultValue = "name") PersonSearch.Order sort,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        var page = people.search(user.actor(), new PersonSearch(q, tag, organizationId, tier, sort), PageRequest.of(after, limit));
        return PageResponse.of(page.map(PersonResponse.Line::of));
    }

    @PostMapping
    @Operation(operationId = "createPerson",
            summary = "Create a person; 409 if one of the emails belongs to someone already")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<PersonResponse> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PersonRequest request) {
        PersonDetails created = people.create(user.actor(), request.toDraft(), Source.api());
        return ResponseEntity.created(URI.create("/api/people/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(PersonResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPerson", summary = "One person, with the ETag to change them")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PersonResponse> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        PersonDetails person = people.get(user.actor(), id);
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(PersonResponse.of(person));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updatePerson", summary = "Replace a person's fields; send the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PersonResponse> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PersonRequest request) {
        PersonDetails updated = people.update(user.actor(), id, ETags.required(ifMatch), request.toDraft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(PersonResponse.of(updated));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deletePerson", summary = "Delete a person (their owner, the owner's manager, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        people.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** Another record that holds some of the same addresses. */
    record DuplicateResponse(UUID id, String name, List<String> addresses) {}

    @GetMapping("/{id}/duplicates")
    @Operation(operationId = "listDuplicatesOfPerson", summary = "People you may see who hold one of this person's email addresses: records of the same "
            + "person to merge (made by someone who may not see this one)")
    Map<String, List<DuplicateResponse>> duplicates(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return Map.of("items", people.duplicates(user.actor(), id).stream()
                .map(d -> new DuplicateResponse(d.id(), d.name(), d.addresses())).toList());
    }

    /**
     * Which record to fold into the one addressed; {@code visibility} only to choose "shared" where one of them
     * is private (its owner's side decides), else the stricter of the two.
     */
    record MergeRequest(@NotNull UUID duplicateId, Visibility visibility) {}

    @PostMapping("/{id}/merge")
    @Operation(operationId = "mergePeople",
            summary = "Merge another person into this one, keeping every email, phone, tag and note; private if "
            + "either was; cadences, snoozes and touchpoints follow. preview=true answers what the merged person would "
            + "be and writes nothing. An If-Match with this person's ETag makes sure nobody changed them meanwhile")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<MergeResponse> merge(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false, defaultValue = "false") boolean preview,
            @Valid @RequestBody MergeRequest request) {
        MergeOutcome outcome = preview
                ? people.previewMerge(user.actor(), id, ETags.optional(ifMatch), request.duplicateId(), request.visibility())
                : people.merge(user.actor(), id, ETags.optional(ifMatch), request.duplicateId(), request.visibility());
        // A preview's ETag is the survivor's version now: sent back as If-Match, the merge is the one previewed.
        return ResponseEntity.ok().eTag(ETags.of(outcome.person().version())).body(MergeResponse.of(outcome, preview));
    }
}
