package app.handshake.advisor.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.advisor.Advisor;
import app.handshake.advisor.AdvisorSettings;
import app.handshake.advisor.Recommendation;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.advisor.RecommendationKind;
import app.handshake.people.OrganizationTier;
import app.handshake.shared.Cursor;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedTouchpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/advisor")
@Tag(name = "Advisor")
class AdvisorApi {

    private final Advisor advisor;
    private final TimeZones zones;

    AdvisorApi(Advisor advisor, TimeZones zones) {
        this.advisor = advisor;
        this.zones = zones;
    }

    @GetMapping("/recommendations")
    @Operation(operationId = "listRecommendations", summary = "Your recommendations, most important first, with"
            + " their reasons as facts; scope=team (managers, admins) also your team's; held=true also those you"
            + " dismissed or snoozed. Worked out as you read them.")
    Page<RecommendationView> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "mine") Advisor.Scope scope,
            @RequestParam(required = false) RecommendationKind kind,
            @RequestParam(required = false) SubjectType subjectType, @RequestParam(required = false) UUID subjectId,
            @RequestParam(defaultValue = "false") boolean held, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        List<Recommendation> all = advisor.recommendations(user.actor(), scope,
                new Advisor.Filter(kind, subjectType, subjectId, held));
        int from = 0;
        if (page.after() != null) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).key().equals(page.after().sortKey())) {
                    from = i + 1;
                    break;
                }
            }
        }
        List<Recommendation> fetched = all.subList(Math.min(from, all.size()),
                Math.min(all.size(), from + page.limit() + 1));
        return Page.of(new ArrayList<>(fetched), page.limit(), r -> new Cursor(r.key(), r.subject().id()))
                .map(RecommendationView::of);
    }

    @GetMapping("/recommendations/{key}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation as it stands now")
    RecommendationView get(@AuthenticationPrincipal SignedInUser user, @PathVariable String key) {
        return RecommendationView.of(advisor.get(user.actor(), key));
    }

    @PostMapping("/recommendations/{key}/dismiss")
    @Operation(operationId = "dismissRecommendation", summary = "Hide a recommendation until its facts change")
    RecommendationView dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable String key) {
        return RecommendationView.of(advisor.dismiss(user.actor(), key));
    }

    record Snooze(@NotNull LocalDate until) {}

    @PostMapping("/recommendations/{key}/snooze")
    @Operation(operationId = "snoozeRecommendation", summary = "Hide a recommendation until the start of a day"
            + " (in your time zone), at most a year ahead")
    RecommendationView snooze(@AuthenticationPrincipal SignedInUser user, @PathVariable String key,
            @Valid @RequestBody Snooze request) {
        return RecommendationView.of(advisor.snooze(user.actor(), key,
                request.until().atStartOfDay(zones.zoneOf(user.user())).toOffsetDateTime()));
    }

    /** When to meet; the channel (in person unless said; a meal for a lapsed nurture) and people are optional. */
    record Plan(@NotNull OffsetDateTime plannedAt, @Nullable Channel channel, @Nullable List<@NotNull UUID> personIds) {}

    @PostMapping("/recommendations/{key}/plan")
    @Operation(operationId = "planRecommendedMeeting", summary = "Plan the meeting a recommendation calls for: a"
            + " planned touchpoint with its people (or those named), on Today and in the calendar feed; the"
            + " touchpoint logged for it completes it")
    ResponseEntity<PlannedTouchpoint> plan(@AuthenticationPrincipal SignedInUser user, @PathVariable String key,
            @Valid @RequestBody Plan request) {
        PlannedTouchpoint meeting = advisor.plan(user.actor(), key, request.plannedAt(), request.channel(),
                request.personIds());
        return ResponseEntity.created(URI.create("/api/touchpoints/planned/" + meeting.id())).body(meeting);
    }

    @PostMapping("/recommendations/{key}/restore")
    @Operation(operationId = "restoreRecommendation", summary = "Show a dismissed or snoozed recommendation again")
    RecommendationView restore(@AuthenticationPrincipal SignedInUser user, @PathVariable String key) {
        return RecommendationView.of(advisor.restore(user.actor(), key));
    }

    /** The thresholds; {@code meetFrom}: currency code to the smallest deal value, in minor units. */
    @NullMarked
    record Settings(@NotNull Map<String, @NotNull @PositiveOrZero Long> meetFrom,
            @NotNull @Min(1) @Max(120) Integer meetWithinMonths, @NotNull @Min(1) @Max(120) Integer virtualOnlyMonths,
            @NotNull OrganizationTier importantTier, @NotNull @Min(2) @Max(1000) Integer singleThreadedTouchpoints,
            @NotNull @Min(7) @Max(3650) Integer singleThreadedDays, @NotNull @Min(1) @Max(100) Integer coolingPoints,
            @NotNull @Min(7) @Max(3650) Integer coolingDays, @NotNull @Min(1) @Max(3650) Integer overdueDays,
            @NotNull @Min(1) @Max(24) Integer nurtureMissedMonths) {

        static Settings of(AdvisorSettings s) {
            return new Settings(s.meetFrom(), s.meetWithinMonths(), s.virtualOnlyMonths(), s.importantTier(),
                    s.singleThreadedTouchpoints(), s.singleThreadedDays(), s.coolingPoints(), s.coolingDays(),
                    s.overdueDays(), s.nurtureMissedMonths());
        }

        AdvisorSettings toSettings() {
            Map<String, Long> from = new java.util.TreeMap<>();
            meetFrom.forEach((currency, amount) -> {
                try {
                    from.put(Money.code(currency), amount);
                } catch (InvalidRequestException e) {
                    throw new InvalidRequestException("meetFrom." + currency, "is not an ISO 4217 currency code");
                }
            });
            return new AdvisorSettings(from, meetWithinMonths, virtualOnlyMonths, importantTier,
                    singleThreadedTouchpoints, singleThreadedDays, coolingPoints, coolingDays, overdueDays,
                    nurtureMissedMonths);
        }
    }

    @GetMapping("/settings")
    @Operation(operationId = "getAdvisorSettings", summary = "The advisor's thresholds")
    Settings settings() {
        return Settings.of(advisor.settings());
    }

    @PutMapping("/settings")
    @Operation(operationId = "setAdvisorSettings", summary = "Set the advisor's thresholds (admins)")
    Settings setSettings(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody Settings request) {
        return Settings.of(advisor.changeSettings(user.actor(), request.toSettings()));
    }

    /** A recommendation as the API shows it: everything but the digest of its facts. */
    record RecommendationView(String key, RecommendationKind kind, Recommendation.Subject subject, String headline,
            int priority, List<Recommendation.Reason> reasons, List<Recommendation.Person> people, UUID ownerId,
            Recommendation.@Nullable Planned planned, Recommendation.@Nullable Held held) {

        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.key(), r.kind(), r.subject(), r.headline(), r.priority(), r.reasons(),
                    r.people(), r.ownerId(), r.planned(), r.held());
        }
    }
}
