package app.handshake.accounts.web;

import app.handshake.accounts.Role;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
class UsersApi {

    private final Users users;

    UsersApi(Users users) {
        this.users = users;
    }

    /** A user's whole account, for admins, the user and their manager: never a password or its hash. */
    @NullMarked
    record UserResponse(UUID id, String email, String displayName, Role role, @Nullable UUID managerId, boolean enabled,
            OffsetDateTime createdAt, long version) implements TeamMemberResponse {

        static UserResponse of(UserView u) {
            return new UserResponse(u.id(), u.email(), u.displayName(), u.role(), u.managerId(), u.enabled(),
                    u.createdAt(), u.version());
        }
    }

    /** The password's length is checked by the service: a size violation here would log the rejected value. */
    record NewUserRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role, UUID managerId, @NotBlank String password) {

        @Override
        public String toString() { // Spring logs request bodies at DEBUG
            return "NewUserRequest[email=" + email + ", displayName=" + displayName + ", role=" + role + ", managerId="
                    + managerId + ", password=****]";
        }
    }

    /** What an admin may change; email and password belong to the user. */
    record UserChangeRequest(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, UUID managerId) {}

    record PasswordChangeRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[****]";
        }
    }

    @GetMapping
    @Operation(operationId = "listUsers",
            summary = "The team: every user of the workspace; in full for admins, for oneself and for a "
            + "manager's reports, otherwise name and email only")
    List<TeamMemberResponse> list(@AuthenticationPrincipal SignedInUser user) {
        return users.list().stream().map(u -> TeamMemberResponse.of(u, user.actor())).toList();
    }

    @GetMapping("/me")
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user, in full")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<UserResponse> me(@AuthenticationPrincipal SignedInUser user) {
        UserView me = users.get(user.user().id());
        return ResponseEntity.ok().eTag(ETags.of(me.version())).body(UserResponse.of(me));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser",
            summary = "One user; in full for admins, for oneself and for a manager's reports, otherwise name "
            + "and email only")
    @ApiResponse(responseCode = "200", description = "OK; with an ETag when in full",
            headers = @Header(name = "ETag", description = "The account's version, when it is shown in full",
                    schema = @Schema(type = "string")))
    ResponseEntity<TeamMemberResponse> get(@AuthenticationPrincipal SignedInUser viewer, @PathVariable UUID id) {
        UserView user = users.get(id);
        TeamMemberResponse seen = TeamMemberResponse.of(user, viewer.actor());
        // The version is for changing a user, which only admins do.
        return seen instanceof UserResponse ? ResponseEntity.ok().eTag(ETags.of(user.version())).body(seen)
                : ResponseEntity.ok().body(seen);
    }

    @PostMapping
    @Operation(operationId = "createUser", summary = "Create a user (admins)")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody NewUserRequest request) {
        UserView created = users.create(user.actor(), new Users.NewUser(request.email(), request.displayName(),
                request.role(), request.managerId(), request.password()));
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).eTag(ETags.of(created.version()))
                .body(UserResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateUser",
            summary = "Change a user's name, role or manager (admins); send the ETag as If-Match")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"))
    ResponseEntity<UserResponse> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UserChangeRequest request) {
        UserView updated = users.update(user.actor(), id, ETags.required(ifMatch),
                new Users.UserChange(request.displayName(), request.role(), request.managerId()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(UserResponse.of(updated));
    }

    @PostMapping("/{id}/disable")
    @Operation(operationId = "disableUser",
            summary = "Disable a user (admins): their sessions and tokens stop at once; their records stay")
    UserResponse disable(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return UserResponse.of(users.setEnabled(user.actor(), id, false));
    }

    @PostMapping("/{id}/enable")
    @Operation(operationId = "enableUser", summary = "Enable a disabled user again (admins)")
    UserResponse enable(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return UserResponse.of(users.setEnabled(user.actor(), id, true));
    }

    @PutMapping("/me/password")
    @Operation(operationId = "changePassword",
            summary = "Change the signed-in user's password; every other session of theirs is signed out, "
            + "API tokens keep working")
    @ApiResponse(responseCode = "204", description = "Changed")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PasswordChangeRequest request, HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        users.changePassword(user.actor(), request.currentPassword(), request.newPassword(),
                session == null ? null : session.getId());
        return ResponseEntity.noContent().build();
    }
}
