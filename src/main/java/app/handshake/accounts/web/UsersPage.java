package app.handshake.accounts.web;

import app.handshake.accounts.Role;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team, for admins: add users, change roles and managers, disable and enable. */
@Controller
@RequestMapping("/users")
class UsersPage {

    private static final FormFields NEW_USER_FIELDS = FormFields.of().field("email", "new-email", "Email")
            .field("displayName", "new-name", "Name").field("role", "new-role", "Role")
            .field("managerId", "new-manager", "Manager").field("password", "new-password", "First password");

    private final Users users;

    UsersPage(Users users) {
        this.users = users;
    }

    @ModelAttribute("section")
    String section() {
        return "users";
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("me", admin.user().id());
        var team = users.list();
        Map<UUID, UserView> byId = team.stream().collect(Collectors.toMap(UserView::id, Function.identity()));
        model.addAttribute("users", team);
        model.addAttribute("byId", byId);
        model.addAttribute("managers", team.stream().filter(u -> u.role() != Role.member).toList());
        return "accounts/users";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser admin, @RequestParam String email,
            @RequestParam String displayName, @RequestParam Role role,
            @RequestParam(required = false) UUID managerId, @RequestParam String password, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UserView created = users.create(admin.actor(), new Users.NewUser(email, displayName, role, managerId, password));
            redirect.addFlashAttribute("notice", created.displayName() + " can now sign in as " + created.email() + ".");
        } catch (InvalidRequestException e) {
            return refused(admin, model, response, "formProblems", NEW_USER_FIELDS.problems(e), email, displayName);
        } catch (DuplicateRecordException e) {
            return refused(admin, model, response, "formProblems", NEW_USER_FIELDS.problem("email", e.getMessage()), email,
                    displayName);
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/users";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, @RequestParam String displayName,
            @RequestParam Role role, @RequestParam(required = false) UUID managerId, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UserView updated = users.update(admin.actor(), id, version, new Users.UserChange(displayName, role, managerId));
            redirect.addFlashAttribute("notice", updated.displayName() + " was updated.");
        } catch (InvalidRequestException e) {
            // The row's inputs carry the user's id, so that the summary links to the right row.
            String whose = users.list().stream().filter(u -> u.id().equals(id)).map(UserView::displayName)
                    .findFirst().orElse("this user");
            FormFields row = FormFields.of().field("displayName", "user-" + id + "-name", "Name of " + whose)
                    .field("role", "user-" + id + "-role", "Role of " + whose)
                    .field("managerId", "user-" + id + "-manager", "Manager of " + whose);
            return refused(admin, model, response, "rowProblems", row.problems(e), null, null);
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone else changed this user meanwhile; here is the latest.");
        }
        return "redirect:/users";
    }

    /** Disabling signs a colleague out everywhere: the page says so and asks first. */
    @GetMapping("/{id}/disable")
    String confirmDisable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, Model model,
            RedirectAttributes redirect) {
        UserView user = users.get(id);
        if (id.equals(admin.user().id())) {
            redirect.addFlashAttribute("problem", "You cannot disable yourself: ask another admin");
            return "redirect:/users";
        }
        model.addAttribute("question", "Disable " + user.displayName() + "?");
        model.addAttribute("consequence", user.displayName() + " is signed out everywhere and their API tokens and "
                + "calendar feed stop at once. Their people, touchpoints and deals stay; you can enable them again.");
        model.addAttribute("action", "/users/" + id + "/enabled");
        model.addAttribute("hidden", Map.of("enabled", "false"));
        model.addAttribute("button", "Disable");
        model.addAttribute("cancel", "/users");
        return "confirm";
    }

    /** A refused form comes back with the list and its error summary, the typed password left out. */
    private String refused(SignedInUser admin, Model model, HttpServletResponse response, String attribute, FormProblems problems,
            String email, String displayName) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(attribute, problems);
        model.addAttribute("draftEmail", email);
        model.addAttribute("draftName", displayName);
        return list(admin, model);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            UserView user = users.setEnabled(admin.actor(), id, enabled);
            redirect.addFlashAttribute("notice", user.displayName() + (enabled
                    ? " can sign in again." : " is disabled: signed out everywhere, tokens stopped, records kept."));
        } catch (ForbiddenException | app.handshake.shared.ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/users";
    }
}
