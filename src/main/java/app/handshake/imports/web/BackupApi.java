package app.handshake.imports.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.imports.backup.WorkspaceBackup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The complete workspace as a JSON download, for admins; restoring is the command line's {@code restore}. */
@RestController
@Tag(name = "Exports")
class BackupApi {

    /** The passphrase that seals password hashes, token secrets and private notes inside the file. */
    record BackupRequest(@NotNull String passphrase) {

        @Override
        public String toString() { // Spring logs request bodies at DEBUG
            return "BackupRequest[passphrase=****]";
        }
    }

    private final WorkspaceBackup backups;
    private final Clock clock;

    BackupApi(WorkspaceBackup backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @PostMapping("/api/backup")
    @Operation(operationId = "downloadBackup",
            summary = "A complete backup of the workspace (admins); secrets sealed under the passphrase")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition"),
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
    void backup(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody BackupRequest request,
            HttpServletResponse response) throws IOException {
        download(backups, user, request.passphrase().toCharArray(), LocalDate.now(clock), response);
    }

    /** Checks before the first byte: a refused backup is a problem answer, not half a file. */
    static void download(WorkspaceBackup backups, SignedInUser user, char[] passphrase, LocalDate today,
            HttpServletResponse response) throws IOException {
        backups.check(user.actor(), passphrase);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("handshake-backup-" + today + ".json").build().toString());
        response.setContentType("application/json");
        backups.write(user.actor(), passphrase, response.getOutputStream(), rows -> {});
        response.flushBuffer();
    }
}
