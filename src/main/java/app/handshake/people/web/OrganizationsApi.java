package app.handshake.people.web;

import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.accounts.SignedInUser;
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
@RequestMapping("/api/organizations")
@Tag(name = "Organizations")
class OrganizationsApi {

    private final Organizations organizations;

    OrganizationsApi(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(operationId = "listOrganizations",
            summary = "List organizations, optionally searching by name, domain or industry (q)")
    PageResponse<OrganizationSummary> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(organizations.search(user.actor(), q, PageRequest.of(after, limit)));
    }

    @PostMapping
    @Operation(operationId = "createOrganization",
            summary = "Create an organization; 409 if its domain belongs to another one")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<OrganizationResponse> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody OrganizationRequest request) {
        OrganizationDetails created = organizations.create(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/organizations/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(OrganizationResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOrganization", summary = "One organization, with the ETag to change it")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<OrganizationResponse> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        OrganizationDetails organization = organizations.get(user.actor(), id);
        return ResponseEntity.ok().eTag(ETags.of(organization.version())).body(OrganizationResponse.of(organization));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateOrganization",
            summary = "Replace an organization's fields and sites; send the ETag you read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<OrganizationResponse> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrganizationRequest request) {
        OrganizationDetails updated = organizations.update(user.actor(), id, ETags.required(ifMatch), request.toDraft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(OrganizationResponse.of(updated));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteOrganization",
            summary = "Delete an organization; its people stay, without an organization")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        organizations.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
