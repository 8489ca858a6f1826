package app.handshake.partners.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.partners.DeliveryRecord;
import app.handshake.partners.DeliveryRecords;
import app.handshake.partners.Endorsement;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.PartnerParts;
import app.handshake.partners.PartnerSummary;
import app.handshake.partners.Partners;
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
@RequestMapping("/api/partners")
@Tag(name = "Partners")
class PartnersApi {

    private final Partners partners;
    private final PartnerParts parts;
    private final Endorsements endorsements;
    private final DeliveryRecords deliveryRecords;

    PartnersApi(Partners partners, PartnerParts parts, Endorsements endorsements, DeliveryRecords deliveryRecords) {
        this.partners = partners;
        this.parts = parts;
        this.endorsements = endorsements;
        this.deliveryRecords = deliveryRecords;
    }

    @GetMapping
    @Operation(operationId = "listPartners", summary = "List the partners you may see, by name; q searches names,"
            + " specialty takes any term of the vocabulary (electrician finds electrical)")
    PageResponse<PartnerSummary> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID specialtyId,
            @RequestParam(required = false) String specialty, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        return PageResponse.of(partners.list(user.actor(), new PartnerFilter(q, specialtyId, specialty),
                PageRequest.of(after, limit)));
    }

    @PostMapping
    @Operation(operationId = "createPartner", summary = "Make an organization (a company) or a person (an"
            + " individual) a partner; its name defaults to the record's")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<PartnerDetails> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PartnerRequests.Partner request) {
        PartnerDetails created = partners.create(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/partners/" + created.id())).eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPartner", summary = "One partner with its specialties, areas, certifications,"
            + " contacts and the number of endorsements you may see")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return answer(partners.get(user.actor(), id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updatePartner", summary = "Replace a partner's own fields; send the ETag you read as"
            + " If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerRequests.Partner request) {
        return answer(partners.update(user.actor(), id, ETags.required(ifMatch), request.toDraft()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deletePartner", summary = "Delete a partner with its endorsements and referrals (its"
            + " creator, the record's owner or their manager, admins); the organization or person stays")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        partners.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/specialties")
    @Operation(operationId = "setPartnerSpecialties", summary = "Replace a partner's specialties, each by any term"
            + " of the vocabulary or by id")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> setSpecialties(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerRequests.Specialties request) {
        return answer(parts.setSpecialties(user.actor(), id, ETags.required(ifMatch), request.specialties()));
    }

    @PostMapping("/{id}/areas")
    @Operation(operationId = "addPartnerArea", summary = "Add a service area: a city, region or country by name, or"
            + " a radius in km around a latitude and longitude")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> addArea(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody PartnerRequests.Area request) {
        return created(parts.addArea(user.actor(), id, request.toDraft()));
    }

    @DeleteMapping("/{id}/areas/{areaId}")
    @Operation(operationId = "removePartnerArea", summary = "Remove a service area")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> removeArea(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID areaId) {
        return answer(parts.removeArea(user.actor(), id, areaId));
    }

    @PostMapping("/{id}/certifications")
    @Operation(operationId = "addPartnerCertification", summary = "Add a certification with its issuer and expiry")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> addCertification(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @Valid @RequestBody PartnerRequests.Certification request) {
        return created(parts.addCertification(user.actor(), id, request.toDraft()));
    }

    @DeleteMapping("/{id}/certifications/{certificationId}")
    @Operation(operationId = "removePartnerCertification", summary = "Remove a certification")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> removeCertification(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID certificationId) {
        return answer(parts.removeCertification(user.actor(), id, certificationId));
    }

    @PostMapping("/{id}/contacts")
    @Operation(operationId = "addPartnerContact", summary = "Name a person to talk to at the partner, with their"
            + " role (again: change the role)")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> addContact(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody PartnerRequests.Contact request) {
        return created(parts.putContact(user.actor(), id, request.personId(), request.role()));
    }

    @DeleteMapping("/{id}/contacts/{personId}")
    @Operation(operationId = "removePartnerContact", summary = "Remove a contact from the partner")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<PartnerDetails> removeContact(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID personId) {
        return answer(parts.removeContact(user.actor(), id, personId));
    }

    @GetMapping("/{id}/endorsements")
    @Operation(operationId = "listPartnerEndorsements", summary = "A partner's endorsements you may see, latest"
            + " first (one by a person you may not see is not listed)")
    PageResponse<Endorsement> endorsements(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(endorsements.ofPartner(user.actor(), id, PageRequest.of(after, limit)));
    }

    @PostMapping("/{id}/endorsements")
    @Operation(operationId = "recordEndorsement", summary = "Record who recommended the partner: a person or a team"
            + " member, when (today by default), what they said, a rating 1 to 5")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<Endorsement> endorse(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody PartnerRequests.Endorsement request) {
        Endorsement created = endorsements.record(user.actor(), id, request.toDraft());
        return ResponseEntity.created(URI.create("/api/endorsements/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping("/{id}/delivery-record")
    @Operation(operationId = "getPartnerDeliveryRecord", summary = "What the partner delivered, as far as you may"
            + " see: deployments taken part in and reached active use, referrals delivered well or badly,"
            + " certifications current and expired")
    DeliveryRecord deliveryRecord(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return deliveryRecords.of(user.actor(), id);
    }

    private static ResponseEntity<PartnerDetails> created(PartnerDetails details) {
        return ResponseEntity.created(URI.create("/api/partners/" + details.id())).eTag(ETags.of(details.version()))
                .body(details);
    }

    private static ResponseEntity<PartnerDetails> answer(PartnerDetails details) {
        return ResponseEntity.ok().eTag(ETags.of(details.version())).body(details);
    }
}
