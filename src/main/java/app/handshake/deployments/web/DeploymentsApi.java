package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.Adoption;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.DeploymentParts;
import app.handshake.deployments.DeploymentSettings;
import app.handshake.deployments.DeploymentSummary;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.Health;
import app.handshake.deployments.SiteUsage;
import app.handshake.deployments.UsageReceipt;
import app.handshake.platform.web.ETags;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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
@RequestMapping("/api/deployments")
@Tag(name = "Deployments")
class DeploymentsApi {

    private final Deployments deployments;
    private final DeploymentParts parts;
    private final Adoption adoption;

    DeploymentsApi(Deployments deployments, DeploymentParts parts, Adoption adoption) {
        this.deployments = deployments;
        this.parts = parts;
        this.adoption = adoption;
    }

    @GetMapping
    @Operation(operationId = "listDeployments", summary = "List the deployments you may see, by name, each with its"
            + " health and reasons")
    PageResponse<DeploymentSummary> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) UUID dealId, @RequestParam(required = false) Boolean inActiveUse,
            @RequestParam(required = false) String health, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(deployments.list(user.actor(), new DeploymentFilter(organizationId, ownerId, dealId,
                inActiveUse, health == null || health.isBlank() ? null : Health.of(health), q),
                PageRequest.of(after, limit)));
    }

    @PostMapping
    @Operation(operationId = "createDeployment", summary = "Open a deployment directly (a won deal opens its own);"
            + " you own it")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<DeploymentDetails> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody DeploymentRequests.Deployment request) {
        DeploymentDetails created = deployments.create(user.actor(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/deployments/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDeployment", summary = "One deployment whole: sites, milestones, obstacles,"
            + " partners, health with reasons, and the days it reached or lost active use")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return answer(deployments.get(user.actor(), id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateDeployment", summary = "Replace a deployment's own fields; send the ETag you"
            + " read as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DeploymentRequests.Deployment request) {
        return answer(deployments.update(user.actor(), id, ETags.required(ifMatch), request.toDraft()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteDeployment", summary = "Delete a deployment with its sites and usage (owner,"
            + " their manager, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        deployments.delete(user.actor(), id, ETags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/sites")
    @Operation(operationId = "addDeploymentSite", summary = "Add a site: name, location, licensed seats, go-live"
            + " day, the customer's and the team's people responsible")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> addSite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody DeploymentRequests.Site request) {
        parts.addSite(user.actor(), id, request.toDraft());
        return created(user, id);
    }

    @PutMapping("/{id}/sites/{siteId}")
    @Operation(operationId = "updateDeploymentSite", summary = "Replace a site's fields; If-Match carries the"
            + " site's version as the deployment shows it")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> updateSite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID siteId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DeploymentRequests.Site request) {
        parts.updateSite(user.actor(), id, siteId, ETags.optional(ifMatch), request.toDraft());
        return answer(deployments.get(user.actor(), id));
    }

    @DeleteMapping("/{id}/sites/{siteId}")
    @Operation(operationId = "removeDeploymentSite", summary = "Remove a site and its usage")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> removeSite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID siteId) {
        parts.removeSite(user.actor(), id, siteId);
        return answer(deployments.get(user.actor(), id));
    }

    @PostMapping("/{id}/milestones")
    @Operation(operationId = "addDeploymentMilestone", summary = "Add a milestone with its due day")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> addMilestone(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody DeploymentRequests.Milestone request) {
        parts.addMilestone(user.actor(), id, request.toDraft());
        return created(user, id);
    }

    @PutMapping("/{id}/milestones/{milestoneId}")
    @Operation(operationId = "updateDeploymentMilestone", summary = "Change a milestone: its name, due day, status"
            + " (done records the day)")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> updateMilestone(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID milestoneId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DeploymentRequests.Milestone request) {
        parts.updateMilestone(user.actor(), id, milestoneId, ETags.optional(ifMatch), request.toDraft());
        return answer(deployments.get(user.actor(), id));
    }

    @DeleteMapping("/{id}/milestones/{milestoneId}")
    @Operation(operationId = "removeDeploymentMilestone", summary = "Remove a milestone")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> removeMilestone(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID milestoneId) {
        parts.removeMilestone(user.actor(), id, milestoneId);
        return answer(deployments.get(user.actor(), id));
    }

    @PostMapping("/{id}/obstacles")
    @Operation(operationId = "openDeploymentObstacle", summary = "Open an obstacle: what, who owns it, at which"
            + " site, whether it blocks")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> openObstacle(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody DeploymentRequests.Obstacle request) {
        parts.openObstacle(user.actor(), id, request.toDraft());
        return created(user, id);
    }

    @PutMapping("/{id}/obstacles/{obstacleId}")
    @Operation(operationId = "updateDeploymentObstacle", summary = "Change an obstacle; resolved true closes it,"
            + " false opens it again")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> updateObstacle(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID obstacleId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DeploymentRequests.Obstacle request) {
        parts.updateObstacle(user.actor(), id, obstacleId, ETags.optional(ifMatch), request.toDraft());
        return answer(deployments.get(user.actor(), id));
    }

    @DeleteMapping("/{id}/obstacles/{obstacleId}")
    @Operation(operationId = "removeDeploymentObstacle", summary = "Remove an obstacle entered by mistake")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> removeObstacle(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID obstacleId) {
        parts.removeObstacle(user.actor(), id, obstacleId);
        return answer(deployments.get(user.actor(), id));
    }

    @PostMapping("/{id}/partners")
    @Operation(operationId = "addDeploymentPartner", summary = "Name a partner taking part: an organization or a"
            + " person, and its role")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> addPartner(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody DeploymentRequests.Partner request) {
        parts.addPartner(user.actor(), id, request.toDraft());
        return created(user, id);
    }

    @DeleteMapping("/{id}/partners/{partnerId}")
    @Operation(operationId = "removeDeploymentPartner", summary = "Remove a partner from the deployment")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<DeploymentDetails> removePartner(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id, @PathVariable UUID partnerId) {
        parts.removePartner(user.actor(), id, partnerId);
        return answer(deployments.get(user.actor(), id));
    }

    @PostMapping("/{id}/usage")
    @Operation(operationId = "postDeploymentUsage", summary = "Post active users per site per day (and named usage"
            + " events), up to 10,000 rows a batch, all or nothing; a day posted again replaces it; a refused row is"
            + " named by its number")
    UsageReceipt postUsage(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody DeploymentRequests.Usage request) {
        return adoption.post(user.actor(), id, request.toRows());
    }

    @GetMapping("/{id}/sites/{siteId}/usage")
    @Operation(operationId = "getSiteUsage", summary = "A site's active users day by day (the last 90 days of usage"
            + " unless from and to are given), with its seats and the line of active use")
    SiteUsage siteUsage(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return adoption.series(user.actor(), id, siteId, from, to);
    }

    @GetMapping("/settings")
    @Operation(operationId = "getDeploymentSettings", summary = "The rule of active use and of health")
    DeploymentSettings settings() {
        return deployments.settings();
    }

    @PutMapping("/settings")
    @Operation(operationId = "updateDeploymentSettings", summary = "Change the rule of active use and of health"
            + " (admins); every deployment is counted again under it")
    DeploymentSettings updateSettings(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody DeploymentRequests.Settings request) {
        return adoption.changeSettings(user.actor(), request.toSettings());
    }

    private ResponseEntity<DeploymentDetails> created(SignedInUser user, UUID id) {
        DeploymentDetails details = deployments.get(user.actor(), id);
        return ResponseEntity.created(URI.create("/api/deployments/" + id)).eTag(ETags.of(details.version()))
                .body(details);
    }

    private static ResponseEntity<DeploymentDetails> answer(DeploymentDetails details) {
        return ResponseEntity.ok().eTag(ETags.of(details.version())).body(details);
    }
}
