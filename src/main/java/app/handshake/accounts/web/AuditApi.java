package app.handshake.accounts.web;

import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.SignedInUser;
import app.handshake.platform.web.PageResponse;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(operationId = "listAuditEntries",
            summary = "Who created, changed or deleted what, newest first (admins); optionally for one record")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Only admins read the audit log")
    PageResponse<AuditTrail.Entry> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID recordId, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        return PageResponse.of(audit.page(user.actor(), recordId, PageRequest.of(after, limit)));
    }
}
