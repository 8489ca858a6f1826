package app.handshake.touchpoints.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.shared.ConflictException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedDraft;
import app.handshake.touchpoints.PlannedTouchpoint;
import app.handshake.touchpoints.PlannedTouchpoints;
import app.handshake.touchpoints.Touchpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Plan a meeting": whom to meet, when, how and why, with people chosen by typing as on the log form; and calling
 * a planned meeting off, after asking.
 */
@Controller
class PlannedTouchpointPages {

    /** A new meeting starts tomorrow at ten, where the user is: a time most people can meet. */
    private static final LocalTime USUAL_TIME = LocalTime.of(10, 0);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

    private final PlannedTouchpoints planned;
    private final Touchpoints touchpoints;
    private final People people;
    private final Users users;
    private final TimeZones zones;
    private final Clock clock;

    PlannedTouchpointPages(PlannedTouchpoints planned, Touchpoints touchpoints, People people, Users users,
            TimeZones zones, Clock clock) {
        this.planned = planned;
        this.touchpoints = touchpoints;
        this.people = people;
        this.users = users;
        this.zones = zones;
        this.clock = clock;
    }

    /** The form; {@code userIds} are the colleagues joining, the time is the user's. */
    record PlanForm(@NotEmpty(message = "Choose whom to meet") List<UUID> personIds, List<UUID> userIds,
            @NotNull Channel channel,
            @NotNull(message = "When will it be?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime plannedAt,
            @Size(max = 1000) String purpose, UUID assigneeId, UUID dealId) {}

    @GetMapping("/touchpoints/plan")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) List<UUID> personId,
            @RequestParam(required = false) UUID dealId, Model model) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone(user))).plusDays(1);
        model.addAttribute("form", new PlanForm(personId == null ? List.of() : distinct(personId), List.of(),
                Channel.in_person, tomorrow.atTime(USUAL_TIME), null, user.user().id(), dealId));
        return form(user, model);
    }

    @PostMapping("/touchpoints/plan")
    String plan(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PlannedTouchpoint made = planned.plan(user.actor(), new PlannedDraft(distinct(form.personIds()),
                        form.plannedAt().atZone(zone(user)).toOffsetDateTime(), form.channel(), form.purpose(),
                        form.dealId(), null, form.assigneeId(), form.userIds() == null ? List.of()
                                : distinct(form.userIds())));
                redirect.addFlashAttribute("notice", "Planned: " + kind(made.channel()) + " with " + made.names() + ", " + made.plannedAt().atZoneSameInstant(zone(user)).format(WHEN)
                        + ". Log it when it has happened.");
                return "redirect:/today";
            } catch (InvalidRequestException | ForbiddenException e) {
                result.reject("invalid", e.getMessage());
            }
        }
        return form(user, model);
    }

    @GetMapping("/touchpoints/planned/{id}/cancel")
    String confirmCancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        PlannedTouchpoint meeting = planned.get(user.actor(), id);
        model.addAttribute("section", "today");
        model.addAttribute("question", "Cancel the " + what(user, meeting) + "?");
        model.addAttribute("consequence", "It leaves Today and your calendar feed. Nothing that was logged changes.");
        model.addAttribute("action", "/touchpoints/planned/" + id + "/cancel");
        model.addAttribute("hidden", Map.of("version", meeting.version()));
        model.addAttribute("button", "Cancel the meeting");
        model.addAttribute("cancel", "/today");
        return "confirm";
    }

    @PostMapping("/touchpoints/planned/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        PlannedTouchpoint meeting = planned.get(user.actor(), id);
        try {
            planned.cancel(user.actor(), id, version);
            redirect.addFlashAttribute("notice", "Cancelled: the " + what(user, meeting) + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", e.getMessage() + ".");
        } catch (app.handshake.shared.StaleVersionException e) {
            redirect.addFlashAttribute("notice", "Someone changed this meeting since you opened it: look at it again"
                    + " before you cancel it.");
        }
        return "redirect:/today";
    }

    private String what(SignedInUser user, PlannedTouchpoint meeting) {
        return kind(meeting.channel()) + " with " + meeting.names() + " planned for "
                + meeting.plannedAt().atZoneSameInstant(zone(user)).format(WHEN);
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("section", "today");
        PlanForm form = (PlanForm) model.getAttribute("form");
        List<UUID> personIds = form == null || form.personIds() == null ? List.of() : distinct(form.personIds());
        List<UUID> userIds = form == null || form.userIds() == null ? List.of() : distinct(form.userIds());
        // Only people the user may see become chips: an id from elsewhere names nobody.
        model.addAttribute("chosenPeople", personIds.stream().map(id -> people.find(user.actor(), id))
                .flatMap(java.util.Optional::stream).map(p -> new TouchpointPages.Chip(p.id(), p.name())).toList());
        model.addAttribute("chosenMembers", userIds.stream().map(users::find).flatMap(java.util.Optional::stream)
                .map(u -> new TouchpointPages.Chip(u.id(), u.displayName())).toList());
        // Without JavaScript there is no typing ahead: plain lists of the first people and the team stand in.
        model.addAttribute("people", people.search(user.actor(), PersonSearch.EVERYONE,
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        List<UserView> team = users.list().stream().filter(UserView::enabled).toList();
        model.addAttribute("team", team);
        // Whom the user may plan for: themselves; a manager their reports too; an admin anyone.
        model.addAttribute("assignees", team.stream().filter(u -> u.id().equals(user.user().id())
                || user.actor().isAdmin() || (user.actor().isManager() && user.user().id().equals(u.managerId())))
                .toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("deals", touchpoints.likelyDeals(user.actor(), personIds, form == null ? null : form.dealId()));
        return "touchpoints/plan";
    }

    /** "meeting in person", "meal", "video call". */
    private static String kind(Channel channel) {
        return channel.count(1).replaceFirst("^1 ", "");
    }

    private ZoneId zone(SignedInUser user) {
        return zones.zoneOf(user.user());
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
