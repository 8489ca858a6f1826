package app.handshake.imports.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportJob;
import app.handshake.imports.ImportRequest;
import app.handshake.imports.Imports;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Imports")
class ImportsApi {

    private final Imports imports;

    ImportsApi(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "startImport",
            summary = "Import a vCard, CSV, iCalendar, mbox or .eml file, deals as CSV (format deals), or a deployment's"
                    + " usage as CSV (format usage with deploymentId: site, day, active users, further columns usage"
                    + " events); answers at once with the job to follow")
    @ApiResponse(responseCode = "202", description = "Accepted: the job runs; follow it at Location",
            headers = @Header(name = "Location", ref = "Location"))
    ResponseEntity<ImportJob> start(@AuthenticationPrincipal SignedInUser user, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(required = false) String charset,
            @RequestParam(required = false) String delimiter,
            @RequestParam(required = false) List<String> mapping,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean skipBad,
            @RequestParam(required = false) Boolean shared, @RequestParam(defaultValue = "false") boolean keepBodies,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate since,
            @RequestParam(required = false) UUID deploymentId)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        if (file.isEmpty()) {
            throw new InvalidRequestException("file", name + " is empty");
        }
        ImportRequest request = new ImportRequest(name, format(format), charset(charset), delimiter(delimiter),
                mapping(mapping), dryRun, skipBad, shared, keepBodies,
                since == null ? null : since.atStartOfDay().atOffset(java.time.ZoneOffset.UTC), deploymentId);
        Path saved = Imports.newUpload();
        boolean handedOver = false;
        try {
            file.transferTo(saved);
            ImportJob job = imports.start(user.actor(), request, saved);
            handedOver = true;
            return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(saved);
            }
        }
    }

    @GetMapping("/api/imports/{id}")
    @Operation(operationId = "getImport", summary = "An import's progress, outcome, warnings and skipped records")
    ImportJob get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return imports.get(user.actor(), id);
    }

    @GetMapping("/api/imports")
    @Operation(operationId = "listImports", summary = "The caller's imports, newest first")
    PageResponse<ImportJob> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return PageResponse.of(imports.list(user.actor(), PageRequest.of(after, limit)));
    }

    private static ImportFormat format(String text) {
        ImportFormat format = ImportFormat.named(text);
        if (text != null && !text.isBlank() && format == null) {
            throw new InvalidRequestException("format", "\"" + text + "\" is not one of vcard, csv, ical, mbox, eml,"
                    + " deals, usage, partners, endorsements");
        }
        return format;
    }

    private static Charset charset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("charset", "\"" + text + "\" is not a charset this server knows");
        }
    }

    private static Character delimiter(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String value = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
        if (value.length() != 1) {
            throw new InvalidRequestException("delimiter", "must be one character, such as , ; or tab");
        }
        return value.charAt(0);
    }

    /** "Column=field" pairs, e.g. mapping=Kunde%3Dname&mapping=Mail%3Demail. */
    private static Map<String, String> mapping(List<String> pairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (pairs != null) {
            for (String pair : pairs) {
                int eq = pair.lastIndexOf('=');
                if (eq <= 0) {
                    throw new InvalidRequestException("mapping", "\"" + pair + "\" is not column=field");
                }
                String field = pair.substring(eq + 1).strip();
                if (app.handshake.imports.csv.ContactField.named(field) == null) {
                    throw new InvalidRequestException("mapping", "\"" + field + "\" is not a field; use one of "
                            + java.util.Arrays.toString(app.handshake.imports.csv.ContactField.values()));
                }
                mapping.put(pair.substring(0, eq).strip(), field);
            }
        }
        return mapping;
    }
}
