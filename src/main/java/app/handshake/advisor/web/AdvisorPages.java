package app.handshake.advisor.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.advisor.Advisor;
import app.handshake.advisor.Recommendation;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.advisor.RecommendationKind;
import app.handshake.deals.DealRoster;
import app.handshake.people.AccountRoster;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The advisor in the pages: its own page with filters, its card on Today (the few that matter most), and the
 * card of a deal's or an organization's own advice. Dismiss and snooze act where the advice stands, and the
 * next view of any advisor card offers to undo it.
 */
@Controller
class AdvisorPages {

    /** How many recommendations Today shows; the advisor page has the rest. */
    static final int ON_TODAY = 3;
    private static final String UNDO = "advisorUndo";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
            "d MMM yyyy", java.util.Locale.ENGLISH);

    /** The last dismissal or snooze, offered for undoing once. */
    record Undo(String key, String headline, String what, @Nullable UUID plannedId, @Nullable Long plannedVersion)
            implements Serializable {

        Undo(String key, String headline, String what) {
            this(key, headline, what, null, null);
        }
    }

    private final Advisor advisor;
    private final DealRoster deals;
    private final AccountRoster accounts;
    private final app.handshake.deployments.Deployments deployments;
    private final TimeZones zones;
    private final java.time.Clock clock;

    AdvisorPages(Advisor advisor, DealRoster deals, AccountRoster accounts,
            app.handshake.deployments.Deployments deployments, TimeZones zones, java.time.Clock clock) {
        this.deployments = deployments;
        this.clock = clock;
        this.advisor = advisor;
        this.deals = deals;
        this.accounts = accounts;
        this.zones = zones;
    }

    @GetMapping("/advisor")
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) RecommendationKind kind,
            @RequestParam(defaultValue = "mine") Advisor.Scope scope, @RequestParam(defaultValue = "false") boolean held,
            Model model, HttpSession session) {
        boolean team = user.actor().isManager() || user.actor().isAdmin();
        Advisor.Scope shown = team ? scope : Advisor.Scope.mine;
        List<Recommendation> all = advisor.recommendations(user.actor(), shown,
                new Advisor.Filter(kind, null, null, held));
        model.addAttribute("section", "advisor");
        model.addAttribute("kinds", RecommendationKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("scope", shown);
        model.addAttribute("mayViewTeam", team);
        model.addAttribute("held", held);
        model.addAttribute("recommendations", held ? all.stream().filter(r -> r.held() != null).toList() : all);
        model.addAttribute("back", "/advisor");
        model.addAttribute("mayAct", true);
        undo(model, session);
        nextWeek(model, user);
        return "advisor/list";
    }

    @GetMapping("/advisor/today-card")
    String today(@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session) {
        List<Recommendation> all = advisor.recommendations(user.actor(), Advisor.Scope.mine, Advisor.Filter.all());
        model.addAttribute("recommendations", all.subList(0, Math.min(ON_TODAY, all.size())));
        model.addAttribute("more", Math.max(0, all.size() - ON_TODAY));
        model.addAttribute("title", "Advice");
        model.addAttribute("cardId", "advisor-today");
        model.addAttribute("back", "/today");
        model.addAttribute("mayAct", true);
        model.addAttribute("empty", "Nothing to advise: every big deal's decision makers have been met, and no"
                + " relationship is going cold.");
        undo(model, session);
        nextWeek(model, user);
        return "advisor/card";
    }

    @GetMapping("/advisor/card")
    String card(@AuthenticationPrincipal SignedInUser user, @RequestParam SubjectType subjectType,
            @RequestParam UUID subjectId, Model model, HttpSession session) {
        UUID owner = switch (subjectType) {
            case deal -> deals.byIds(user.actor(), Set.of(subjectId)).stream().findFirst()
                    .map(DealRoster.Entry::ownerId).orElse(null);
            case organization -> accounts.byIds(user.actor(), Set.of(subjectId)).stream().findFirst()
                    .map(AccountRoster.Account::ownerId).orElse(null);
            case person -> accounts.ownersOf(user.actor(), Set.of(subjectId)).get(subjectId);
            case deployment -> deployments.ownerOf(user.actor(), subjectId).orElse(null);
            case user -> null;
        };
        List<Recommendation> about = owner == null ? List.of()
                : advisor.about(user.actor(), subjectType, subjectId, owner);
        model.addAttribute("recommendations", about);
        // Advice about a colleague's deal is shown to whoever may see the deal; acting on it is for its owner,
        // their manager and admins, whose advice it is.
        model.addAttribute("mayAct", owner != null && advisor.inScope(user.actor(), owner));
        model.addAttribute("more", 0);
        model.addAttribute("title", "Advice");
        model.addAttribute("cardId", "advisor-" + subjectType.name());
        model.addAttribute("back", "/" + (subjectType == SubjectType.organization ? "organizations"
                : subjectType == SubjectType.deal ? "deals" : subjectType == SubjectType.deployment ? "deployments"
                : "people") + "/" + subjectId);
        model.addAttribute("empty", "No advice about this " + (subjectType == SubjectType.organization
                ? "organization" : subjectType.name()) + " right now.");
        undo(model, session);
        nextWeek(model, user);
        return "advisor/card";
    }

    @PostMapping("/advisor/{key}/dismiss")
    String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable String key,
            @RequestParam(required = false) String back, HttpSession session) {
        Recommendation done = advisor.dismiss(user.actor(), key);
        session.setAttribute(UNDO, new Undo(key, done.headline(), "Dismissed until something about it changes"));
        return "redirect:" + local(back);
    }

    @PostMapping("/advisor/{key}/snooze")
    String snooze(@AuthenticationPrincipal SignedInUser user, @PathVariable String key, @RequestParam int days,
            @RequestParam(required = false) String back, HttpSession session) {
        LocalDate until = LocalDate.now(clock.withZone(zones.zoneOf(user.user()))).plusDays(Math.max(1, Math.min(days, 365)));
        Recommendation done = advisor.snooze(user.actor(), key,
                until.atStartOfDay(zones.zoneOf(user.user())).toOffsetDateTime());
        session.setAttribute(UNDO, new Undo(key, done.headline(), "Snoozed until " + DAY.format(until)));
        return "redirect:" + local(back);
    }

    /** One tap: a meeting with the advice's people on the day chosen (a week ahead unless changed), at noon. */
    @PostMapping("/advisor/{key}/plan")
    String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable String key, @RequestParam LocalDate on,
            @RequestParam(required = false) String back, HttpSession session) {
        var zone = zones.zoneOf(user.user());
        var meeting = advisor.plan(user.actor(), key, on.atTime(12, 0).atZone(zone).toOffsetDateTime(), null, null);
        session.setAttribute(UNDO, new Undo(key, advisor.get(user.actor(), key).headline(),
                "Meeting planned for " + DAY.format(on), meeting.id(), meeting.version()));
        return "redirect:" + local(back);
    }

    @PostMapping("/advisor/{key}/restore")
    String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String key,
            @RequestParam(required = false) String back, HttpSession session) {
        advisor.restore(user.actor(), key);
        session.removeAttribute(UNDO);
        return "redirect:" + local(back);
    }

    /** The day a planned meeting is proposed for: a week from today, in the user's zone. */
    private void nextWeek(Model model, SignedInUser user) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(user.user())));
        model.addAttribute("planOn", today.plusDays(7));
        model.addAttribute("planFrom", today);
    }

    private static void undo(Model model, HttpSession session) {
        Object undo = session.getAttribute(UNDO);
        if (undo != null) {
            session.removeAttribute(UNDO);
            model.addAttribute("undo", undo);
        }
    }

    /** Only back to a page of this site: never a redirect elsewhere. */
    static String local(@Nullable String back) {
        return back != null && back.matches("/[A-Za-z0-9/_?=&%.:-]*") && !back.startsWith("//") ? back : "/advisor";
    }
}
