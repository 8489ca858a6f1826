package app.handshake.imports.web;

import app.handshake.accounts.Actor;
import app.handshake.accounts.SignedInUser;
import app.handshake.imports.export.DealsExport;
import app.handshake.imports.export.DeploymentsExport;
import app.handshake.imports.export.PartnersExport;
import app.handshake.imports.export.PeopleExport;
import app.handshake.imports.export.PeopleWriters;
import app.handshake.imports.export.TouchpointsExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Downloads of what the caller may see: people as vCard or CSV, touchpoints as CSV or iCalendar, deals and
 * deployments, partners and endorsements as CSV.
 */
@RestController
@Tag(name = "Exports")
class ExportsApi {

    private final PeopleExport people;
    private final TouchpointsExport touchpoints;
    private final DealsExport deals;
    private final DeploymentsExport deployments;

    private final PartnersExport partners;

    ExportsApi(PeopleExport people, TouchpointsExport touchpoints, DealsExport deals, DeploymentsExport deployments,
            PartnersExport partners) {
        this.partners = partners;
        this.people = people;
        this.touchpoints = touchpoints;
        this.deals = deals;
        this.deployments = deployments;
    }

    @GetMapping("/api/exports/people.vcf")
    @Operation(operationId = "exportPeopleVcard", summary = "Every person the caller may see, as vCard 4.0")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/vcard", schema = @Schema(type = "string", format = "binary")))
    void vcard(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        download("people.vcf", "text/vcard", user.actor(), PeopleWriters::vcard, response);
    }

    @GetMapping("/api/exports/people.csv")
    @Operation(operationId = "exportPeopleCsv",
            summary = "Every person the caller may see, as CSV that is safe to open in a spreadsheet")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void csv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        download("people.csv", "text/csv", user.actor(), PeopleWriters::csv, response);
    }

    @GetMapping("/api/exports/touchpoints.csv")
    @Operation(operationId = "exportTouchpointsCsv",
            summary = "Every touchpoint the caller may see, newest first, as spreadsheet-safe CSV")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void touchpointsCsv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("touchpoints.csv", "text/csv", response);
        touchpoints.csv(user.actor(), writer);
        writer.flush();
    }

    @GetMapping("/api/exports/touchpoints.ics")
    @Operation(operationId = "exportTouchpointsIcalendar",
            summary = "Every touchpoint the caller may see as iCalendar events, people as attendees")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string", format = "binary")))
    void touchpointsIcs(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("touchpoints.ics", "text/calendar", response);
        touchpoints.icalendar(user.actor(), writer);
        writer.flush();
    }

    @GetMapping("/api/exports/deals.csv")
    @Operation(operationId = "exportDealsCsv", summary = "Every deal the caller may see with every field (money in"
            + " minor units and its currency, people as address:role), as spreadsheet-safe CSV the deals import reads")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void dealsCsv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("deals.csv", "text/csv", response);
        deals.csv(user.actor(), writer);
        writer.flush();
    }

    @GetMapping("/api/exports/deployments.csv")
    @Operation(operationId = "exportDeploymentsCsv", summary = "Every deployment the caller may see: organization,"
            + " owner, started, in active use since, sites and sites in active use, health with its reasons, as"
            + " spreadsheet-safe CSV")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void deploymentsCsv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("deployments.csv", "text/csv", response);
        deployments.csv(user.actor(), writer);
        writer.flush();
    }

    @GetMapping("/api/exports/partners.csv")
    @Operation(operationId = "exportPartnersCsv", summary = "Every partner the caller may see: kind, organization or"
            + " person, specialties, areas, website, description, certifications, as spreadsheet-safe CSV the"
            + " partners import reads")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void partnersCsv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("partners.csv", "text/csv", response);
        partners.partnersCsv(user.actor(), writer);
        writer.flush();
    }

    @GetMapping("/api/exports/endorsements.csv")
    @Operation(operationId = "exportEndorsementsCsv", summary = "Every endorsement the caller may see (of a partner"
            + " they may see, by someone they may see): partner, endorser, date, rating, said, specialty, as"
            + " spreadsheet-safe CSV the endorsements import reads")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void endorsementsCsv(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Writer writer = attachment("endorsements.csv", "text/csv", response);
        partners.endorsementsCsv(user.actor(), writer);
        writer.flush();
    }

    private void download(String name, String type, Actor actor, Function<Writer, PeopleWriters.PersonWriter> format,
            HttpServletResponse response) throws IOException {
        Writer writer = attachment(name, type, response);
        try (PeopleWriters.PersonWriter persons = format.apply(writer)) {
            people.forEach(actor, persons::write);
        }
        writer.flush();
    }

    /** Streams straight into the response, page by page: an export never sits whole in memory. */
    private static Writer attachment(String name, String type, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setContentType(type + ";charset=UTF-8");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
