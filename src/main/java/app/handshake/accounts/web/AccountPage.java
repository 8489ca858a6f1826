package app.handshake.accounts.web;

import app.handshake.accounts.ApiTokens;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.Users;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: who one is, the password, and API tokens. */
@Controller
@RequestMapping("/account")
class AccountPage {

    private static final FormFields PASSWORD_FIELDS = FormFields.of().field("currentPassword", "Current password")
            .field("newPassword", "New password").field("repeatPassword", "New password again");
    private static final FormFields TOKEN_FIELDS = FormFields.of().field("name", "token-name", "New token name")
            .field("expiresAt", "token-expires", "Expires after");

    private final Users users;
    private final ApiTokens tokens;
    private final TimeZones zones;
    private final Clock clock;

    AccountPage(Users users, ApiTokens tokens, TimeZones zones, Clock clock) {
        this.zones = zones;
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("section", "account");
        model.addAttribute("me", user.user());
        model.addAttribute("manager", user.user().managerId() == null ? null
                : users.find(user.user().managerId()).orElse(null));
        model.addAttribute("tokens", tokens.list(user.actor()));
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute("zoneNames", ZONE_NAMES);
        return "accounts/account";
    }

    /** Region names (Europe/London), sorted: the zones a person would pick, not the aliases and offsets. */
    private static final java.util.List<String> ZONE_NAMES = java.time.ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                    || z.equals("UTC"))
            .sorted().toList();

    @PostMapping("/time-zone")
    String chooseTimeZone(@AuthenticationPrincipal SignedInUser user, @RequestParam String timeZone,
            RedirectAttributes redirect) {
        try {
            zones.choose(user.actor(), timeZone);
            redirect.addFlashAttribute("notice", "Times are now shown in " + timeZone.strip() + ".");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("zoneProblem", "Time zone " + e.getMessage() + ".");
        }
        return "redirect:/account#time-zone";
    }

    /**
     * The browser's zone, sent by the page on a user's first visit; a zone already chosen is kept. Answers 204
     * either way: the page has nothing to show for it.
     */
    @PostMapping("/time-zone/from-browser")
    org.springframework.http.ResponseEntity<Void> timeZoneFromBrowser(@AuthenticationPrincipal SignedInUser user,
            @RequestParam String timeZone) {
        zones.takeFromBrowser(user.actor(), timeZone);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String repeatPassword, HttpSession session,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw new InvalidRequestException("repeatPassword", "differs from the new password");
            }
            users.changePassword(user.actor(), currentPassword, newPassword, session.getId());
            redirect.addFlashAttribute("notice", "Your password was changed. You were signed out everywhere else; "
                    + "your API tokens still work.");
        } catch (InvalidRequestException e) {
            return refused(user, model, response, "passwordProblems", PASSWORD_FIELDS.problems(e));
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(@AuthenticationPrincipal SignedInUser user, @RequestParam String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expires,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            OffsetDateTime expiresAt = expires == null ? null : expires.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            ApiTokens.IssuedToken issued = tokens.issue(user.actor(), name, expiresAt);
            // Flash attributes live in the session, which is serialised: plain strings only.
            redirect.addFlashAttribute("issuedName", issued.token().name());
            redirect.addFlashAttribute("issuedSecret", issued.secret());
        } catch (InvalidRequestException e) {
            model.addAttribute("draftTokenName", name);
            return refused(user, model, response, "tokenProblems", TOKEN_FIELDS.problems(e));
        }
        return "redirect:/account";
    }

    /** Revoking breaks whatever script uses the token: the page asks first. */
    @GetMapping("/tokens/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        ApiTokens.TokenView token = tokens.list(user.actor()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new app.handshake.shared.RecordNotFoundException("token", id));
        model.addAttribute("section", "account");
        model.addAttribute("question", "Revoke the token " + token.name() + "?");
        model.addAttribute("consequence", "Every script or integration that signs in with it is refused from now on. "
                + "This cannot be undone: you would create a new token and give it to them.");
        model.addAttribute("action", "/account/tokens/" + id + "/revoke");
        model.addAttribute("button", "Revoke");
        model.addAttribute("cancel", "/account");
        return "confirm";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user.actor(), id);
        redirect.addFlashAttribute("notice", "The token was revoked; it no longer works.");
        return "redirect:/account";
    }

    /** A refused form comes back with the page and its error summary, the typed passwords left out. */
    private String refused(SignedInUser user, Model model, HttpServletResponse response, String attribute,
            FormProblems problems) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(attribute, problems);
        return show(user, model);
    }
}
