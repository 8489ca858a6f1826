package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.Specialties;
import app.handshake.partners.Specialty;
import app.handshake.platform.web.ETags;
import app.handshake.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/specialties")
@Tag(name = "Partners")
class SpecialtiesApi {

    private final Specialties specialties;

    SpecialtiesApi(Specialties specialties) {
        this.specialties = specialties;
    }

    @GetMapping
    @Operation(operationId = "listSpecialties", summary = "The workspace's vocabulary of specialties with their"
            + " synonyms, by name")
    List<Specialty> list() {
        return specialties.list();
    }

    @GetMapping("/resolve")
    @Operation(operationId = "resolveSpecialty", summary = "The specialty a need names, by any term or its stem"
            + " (electrician finds electrical); 404 when none")
    Specialty resolve(@RequestParam String need) {
        return specialties.resolve(need).orElseThrow(() -> new NoSpecialtyFor(need));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSpecialty", summary = "One specialty")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Specialty> get(@PathVariable UUID id) {
        return answer(specialties.get(id));
    }

    @PostMapping
    @Operation(operationId = "createSpecialty", summary = "Add a specialty with its synonyms (admins, managers); a"
            + " term another specialty holds is refused with 409")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<Specialty> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PartnerRequests.Specialty request) {
        Specialty created = specialties.create(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/specialties/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateSpecialty", summary = "Rename a specialty and replace its synonyms (admins,"
            + " managers)")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<Specialty> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerRequests.Specialty request) {
        return answer(specialties.update(user.actor(), id, ETags.required(ifMatch), request.toDraft()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteSpecialty", summary = "Remove a specialty from the vocabulary (admins, managers);"
            + " partners lose it")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        specialties.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** Not found, in the words of the need rather than of an id. */
    private static final class NoSpecialtyFor extends RecordNotFoundException {

        private final String need;

        NoSpecialtyFor(String need) {
            super("specialty", null);
            this.need = need.strip();
        }

        @Override
        public String getMessage() {
            return "No specialty of the vocabulary matches \"" + need + "\"";
        }
    }

    private static ResponseEntity<Specialty> answer(Specialty specialty) {
        return ResponseEntity.ok().eTag(ETags.of(specialty.version())).body(specialty);
    }
}
