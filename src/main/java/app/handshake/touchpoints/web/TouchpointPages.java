package app.handshake.touchpoints.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.accounts.Visibility;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.platform.web.PickerOption;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.ChannelHabits;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.PlannedTouchpoints;
import app.handshake.touchpoints.RelationshipStanding;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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
 * The quick "log a touchpoint" form, with people and team members chosen by typing, and the timeline card of
 * the person page.
 */
@Controller
class TouchpointPages {

    /** The notice after logging names what changed for at most this many people. */
    private static final int NOTICED = 5;

    private static final int OPTIONS = 8;

    private final Touchpoints touchpoints;
    private final People people;
    private final Users users;
    private final ChannelHabits habits;
    private final ObjectProvider<RelationshipStanding> standing;
    private final app.handshake.accounts.TimeZones zones;
    private final Clock clock;
    private final PlannedTouchpoints planned;

    TouchpointPages(Touchpoints touchpoints, People people, Users users, ChannelHabits habits,
            ObjectProvider<RelationshipStanding> standing, app.handshake.accounts.TimeZones zones, Clock clock,
            PlannedTouchpoints planned) {
        this.planned = planned;
        this.zones = zones;
        this.touchpoints = touchpoints;
        this.people = people;
        this.users = users;
        this.habits = habits;
        this.standing = standing;
        this.clock = clock;
    }

    /** The form; times are in UTC, like the server's clock. */
    record LogForm(@NotEmpty(message = "Choose who it was with") List<UUID> personIds, List<UUID> userIds,
            @NotNull Channel channel, Initiator initiatedBy,
            @NotNull(message = "When did it happen?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
            @Min(0) @Max(10080) Integer durationMinutes, Topic topic, @Size(max = 300) String summary,
            @Size(max = 10000) String notes, String visibility, UUID dealId, UUID plannedTouchpointId) {}

    /** A chosen person or team member, as a chip of the form. */
    record Chip(UUID id, String name) {}

    /**
     * Opened from a person page, the person is already chosen (from a deal, its people and the deal); the user
     * took part; the channel is their usual.
     */
    @GetMapping("/touchpoints/new")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) List<UUID> personId,
            @RequestParam(required = false) UUID dealId, @RequestParam(required = false) UUID plannedTouchpointId,
            Model model) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zones.zoneOf(user.user()))).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("form", new LogForm(personId == null ? List.of() : distinct(personId),
                List.of(user.user().id()), habits.likelyFor(user.actor()), Initiator.us, now, null,
                Topic.business, null, null, "shared", dealId, null));
        if (plannedTouchpointId != null) {
            // Logging a planned meeting: its people, channel, deal and time (unless that is still to come).
            planned.find(user.actor(), plannedTouchpointId).ifPresent(p -> {
                LocalDateTime at = p.plannedAt().atZoneSameInstant(zones.zoneOf(user.user())).toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES);
                List<UUID> users = new ArrayList<>(List.of(user.user().id()));
                p.joiningUsers().stream().map(u -> u.id()).forEach(users::add);
                users.add(p.assigneeId());
                model.addAttribute("form", new LogForm(p.people().stream().map(x -> x.id()).toList(), distinct(users),
                        p.channel(), Initiator.us, at.isBefore(now) ? at : now, null, Topic.business, null,
                        null, "shared", p.dealId(), p.id()));
                model.addAttribute("plannedFor", p);
            });
        }
        return form(user, model);
    }

    @PostMapping("/touchpoints")
    String log(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") LogForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                List<UUID> personIds = distinct(form.personIds());
                List<UUID> userIds = form.userIds() == null || form.userIds().isEmpty() ? List.of(user.user().id())
                        : distinct(form.userIds());
                Visibility visibility = Visibility.of(form.visibility());
                Map<UUID, RelationshipStanding.Standing> before = standings(user, personIds);
                touchpoints.log(user.actor(), new TouchpointDraft(form.channel(), form.initiatedBy(),
                        form.occurredAt().atZone(zones.zoneOf(user.user())).toOffsetDateTime(), form.durationMinutes(), form.topic(),
                        form.summary(), form.notes(), null, personIds, userIds, visibility, form.dealId()), "web", null,
                        form.plannedTouchpointId());
                redirect.addFlashAttribute("notice", form.channel().label() + " logged. "
                        + (form.plannedTouchpointId() == null ? "" : "The planned meeting is done. ")
                        + scoreChanges(user, personIds, before, visibility == Visibility.PRIVATE));
                // From Today's planned meetings, back to Today.
                return form.plannedTouchpointId() == null ? "redirect:/people/" + personIds.getFirst() : "redirect:/today";
            } catch (InvalidRequestException e) {
                result.reject("invalid", e.getMessage());
            }
        }
        return form(user, model);
    }

    /** Up to eight people the user may see whose words begin with what was typed, leaving out those chosen. */
    @GetMapping("/touchpoints/people-options")
    String peopleOptions(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) List<UUID> personIds, Model model) {
        List<UUID> chosen = personIds == null ? List.of() : personIds;
        model.addAttribute("field", "personIds");
        model.addAttribute("options", q == null || q.isBlank() ? List.of()
                : people.search(user.actor(), new PersonSearch(q, null, null), PageRequest.first(OPTIONS + chosen.size()))
                        .items().stream().filter(p -> !chosen.contains(p.id())).limit(OPTIONS)
                        .map(p -> new PickerOption(p.id(), p.name(), p.organizationName())).toList());
        model.addAttribute("q", q);
        return "fragments/picker :: options";
    }

    /** Team members (enabled) whose name or email contains what was typed, leaving out those chosen. */
    @GetMapping("/touchpoints/member-options")
    String memberOptions(@RequestParam(required = false) String q, @RequestParam(required = false) List<UUID> userIds,
            Model model) {
        List<UUID> chosen = userIds == null ? List.of() : userIds;
        String wanted = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("field", "userIds");
        model.addAttribute("options", wanted.isEmpty() ? List.of() : users.list().stream()
                .filter(u -> u.enabled() && !chosen.contains(u.id()))
                .filter(u -> u.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || u.email().toLowerCase(Locale.ROOT).startsWith(wanted))
                .limit(OPTIONS).map(u -> new PickerOption(u.id(), u.displayName(), null)).toList());
        model.addAttribute("q", q);
        return "fragments/picker :: options";
    }

    @GetMapping("/people/{personId}/timeline-card")
    String timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("page", touchpoints.timeline(user.actor(), personId, PageRequest.of(after, 10)));
        return "touchpoints/timeline-card";
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("section", "log");
        LogForm form = (LogForm) model.getAttribute("form");
        List<UUID> personIds = form == null || form.personIds() == null ? List.of() : distinct(form.personIds());
        List<UUID> userIds = form == null || form.userIds() == null ? List.of() : distinct(form.userIds());
        if (form != null && form.plannedTouchpointId() != null && !model.containsAttribute("plannedFor")) {
            planned.find(user.actor(), form.plannedTouchpointId()).ifPresent(p -> model.addAttribute("plannedFor", p));
        }
        // Only people the user may see become chips: an id from elsewhere names nobody.
        model.addAttribute("chosenPeople", personIds.stream().map(id -> people.find(user.actor(), id))
                .flatMap(java.util.Optional::stream).map(p -> new Chip(p.id(), p.name())).toList());
        model.addAttribute("chosenMembers", userIds.stream().map(users::find).flatMap(java.util.Optional::stream)
                .map(u -> new Chip(u.id(), u.id().equals(user.user().id()) ? "You" : u.displayName())).toList());
        // Without JavaScript there is no typing ahead: plain lists of the first people and the team stand in.
        model.addAttribute("people", people.search(user.actor(), PersonSearch.EVERYONE,
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        model.addAttribute("team", users.list().stream().filter(UserView::enabled).toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("deals", touchpoints.likelyDeals(user.actor(), personIds, form == null ? null : form.dealId()));
        return "touchpoints/form";
    }

    private Map<UUID, RelationshipStanding.Standing> standings(SignedInUser user, List<UUID> personIds) {
        RelationshipStanding scores = standing.getIfAvailable();
        Map<UUID, RelationshipStanding.Standing> found = new LinkedHashMap<>();
        if (scores != null) {
            for (UUID id : personIds.subList(0, Math.min(personIds.size(), NOTICED))) {
                // A person the user may not see is refused by the log itself, with a clear message.
                people.find(user.actor(), id).ifPresent(p -> found.put(id, scores.of(user.actor(), id)));
            }
        }
        return found;
    }

    /**
     * "Score with Anna: 41 → 52, now relationship." The team's score, which counts shared touchpoints; a
     * private one counts only for those who took part, so then it is the user's own.
     */
    private String scoreChanges(SignedInUser user, List<UUID> personIds, Map<UUID, RelationshipStanding.Standing> before,
            boolean own) {
        Map<UUID, RelationshipStanding.Standing> after = standings(user, personIds);
        List<String> changes = new ArrayList<>();
        for (var entry : before.entrySet()) {
            RelationshipStanding.Standing was = entry.getValue();
            RelationshipStanding.Standing now = after.get(entry.getKey());
            String name = people.find(user.actor(), entry.getKey()).map(p -> p.name()).orElse(null);
            if (now == null || name == null) {
                continue;
            }
            int from = own ? was.ownScore() : was.teamScore();
            int to = own ? now.ownScore() : now.teamScore();
            String tier = own ? now.ownTier() : now.teamTier();
            String wasTier = own ? was.ownTier() : was.teamTier();
            changes.add((own ? "Your score" : "Score") + " with " + name + ": " + from + " → " + to
                    + (tier.equals(wasTier) ? ", still " : ", now ") + tier + " tier.");
        }
        return String.join(" ", changes);
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
