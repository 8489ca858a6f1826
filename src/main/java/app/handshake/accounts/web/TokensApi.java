package app.handshake.accounts.web;

import app.handshake.accounts.ApiTokens;
import app.handshake.accounts.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, OffsetDateTime expiresAt) {}

    /** A new token; {@code token} is the secret, shown in this answer only. */
    @NullMarked
    record IssuedTokenResponse(UUID id, String name, String hint, OffsetDateTime createdAt,
            @Nullable OffsetDateTime expiresAt, String token) {

        @Override
        public String toString() { // Spring logs answers at DEBUG
            return "IssuedTokenResponse[id=" + id + ", name=" + name + ", hint=" + hint + ", token=****]";
        }
    }

    @PostMapping
    @Operation(operationId = "issueToken",
            summary = "Issue a bearer token for the caller; authenticate with HTTP Basic (email, password) or a session")
    @SecurityRequirement(name = "basicAuth")
    @SecurityRequirement(name = "bearerAuth")
    @ApiResponse(responseCode = "201", description = "Created; the secret is in this answer only",
            headers = @Header(name = "Location", ref = "Location"))
    ResponseEntity<IssuedTokenResponse> issue(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody TokenRequest request) {
        ApiTokens.IssuedToken issued = tokens.issue(user.actor(), request.name(), request.expiresAt());
        ApiTokens.TokenView token = issued.token();
        return ResponseEntity.created(URI.create("/api/tokens/" + token.id()))
                .header("Cache-Control", "no-store")
                .body(new IssuedTokenResponse(token.id(), token.name(), token.hint(), token.createdAt(),
                        token.expiresAt(), issued.secret()));
    }

    @GetMapping
    @Operation(operationId = "listTokens", summary = "The caller's tokens, without their secrets")
    List<ApiTokens.TokenView> list(@AuthenticationPrincipal SignedInUser user) {
        return tokens.list(user.actor());
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens; it stops working at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        tokens.revoke(user.actor(), id);
        return ResponseEntity.noContent().build();
    }
}
