package app.handshake.touchpoints.web;

import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.Visibility;
import app.handshake.people.Organizations;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One touchpoint: read by whoever may see it; changed and deleted by those the API lets do so (the one who
 * logged it, their manager, admins), through the same service and checks. The people in it stay as logged:
 * the edit form changes what happened, not who was there.
 */
@Controller
class TouchpointPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Touchpoints touchpoints;
    private final Organizations organizations;
    private final RecordAccess access;
    private final TimeZones zones;

    TouchpointPage(Touchpoints touchpoints, Organizations organizations, RecordAccess access, TimeZones zones) {
        this.zones = zones;
        this.touchpoints = touchpoints;
        this.organizations = organizations;
        this.access = access;
    }

    /** The edit form; {@code version} is what was read, sent back as If-Match would be. Times are the user's. */
    record EditForm(@NotNull Channel channel, Initiator initiatedBy,
            @NotNull(message = "When did it happen?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
            @Min(0) @Max(10080) Integer durationMinutes, Topic topic, @Size(max = 300) String summary,
            @Size(max = 10000) String notes, String visibility, @NotNull Long version, UUID dealId) {

        /** The form's time, to the minute as the field shows it (a time input with seconds would not take it). */
        static LocalDateTime minute(OffsetDateTime at, ZoneId zone) {
            return at.atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        }

        static EditForm of(TouchpointDetails t, ZoneId zone) {
            return new EditForm(t.channel(), t.initiatedBy(),
                    minute(t.occurredAt(), zone), t.durationMinutes(),
                    t.topic(), t.summary(), t.notes(), t.visibility().key(), t.version(), t.dealId());
        }
    }

    @GetMapping("/touchpoints/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        TouchpointDetails touchpoint = touchpoints.get(user.actor(), id);
        model.addAttribute("section", "today");
        model.addAttribute("t", touchpoint);
        model.addAttribute("title", title(touchpoint));
        model.addAttribute("organization", touchpoint.organizationId() == null ? null
                : organizations.find(user.actor(), touchpoint.organizationId()).orElse(null));
        model.addAttribute("mayChange", access.canManage(user.actor(), touchpoint.ownerId()));
        return "touchpoints/show";
    }

    @GetMapping("/touchpoints/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        TouchpointDetails touchpoint = manageable(user, id);
        model.addAttribute("form", EditForm.of(touchpoint, zones.zoneOf(user.user())));
        return form(user, touchpoint, model);
    }

    @PostMapping("/touchpoints/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("form") EditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        TouchpointDetails touchpoint = manageable(user, id);
        if (!result.hasErrors()) {
            try {
                touchpoints.update(user.actor(), id, form.version(), new TouchpointDraft(form.channel(),
                        form.initiatedBy(), occurredAt(form, touchpoint, zones.zoneOf(user.user())), form.durationMinutes(),
                        form.topic(), text(form.summary()), text(form.notes()), touchpoint.organizationId(),
                        touchpoint.people().stream().map(TouchpointDetails.Participant::id).toList(),
                        touchpoint.users().stream().map(TouchpointDetails.Participant::id).toList(),
                        Visibility.of(form.visibility()), form.dealId()));
                redirect.addFlashAttribute("notice", "Saved.");
                return "redirect:/touchpoints/" + id;
            } catch (StaleVersionException e) {
                result.reject("stale", "Someone changed this touchpoint since you opened it. Open it again to see"
                        + " their change, then make yours.");
            } catch (InvalidRequestException e) {
                result.reject("invalid", e.getMessage());
            }
        }
        return form(user, touchpoint, model);
    }

    @GetMapping("/touchpoints/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        TouchpointDetails touchpoint = manageable(user, id);
        model.addAttribute("section", "today");
        model.addAttribute("name", "this " + title(touchpoint, touchpoint.channel().count(1).replaceFirst("^1 ", "")));
        model.addAttribute("consequence", "Scores and due dates are worked out again without it. This cannot be undone.");
        model.addAttribute("action", "/touchpoints/" + id + "/delete");
        model.addAttribute("cancel", "/touchpoints/" + id);
        return "confirm-delete";
    }

    @PostMapping("/touchpoints/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        TouchpointDetails touchpoint = manageable(user, id);
        touchpoints.delete(user.actor(), id, null);
        redirect.addFlashAttribute("notice", title(touchpoint) + " was deleted.");
        return touchpoint.people().isEmpty() ? "redirect:/today"
                : "redirect:/people/" + touchpoint.people().getFirst().id();
    }

    /** An emptied field is no text; a browser sends a textarea's lines ending in CR LF, stored as typed. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n");
    }

    /** A time left as it was keeps its seconds: saving a new summary must not move the touchpoint. */
    private static OffsetDateTime occurredAt(EditForm form, TouchpointDetails touchpoint, ZoneId zone) {
        return form.occurredAt().equals(EditForm.minute(touchpoint.occurredAt(), zone)) ? touchpoint.occurredAt()
                : form.occurredAt().atZone(zone).toOffsetDateTime();
    }

    private TouchpointDetails manageable(SignedInUser user, UUID id) {
        TouchpointDetails touchpoint = touchpoints.get(user.actor(), id);
        if (!access.canManage(user.actor(), touchpoint.ownerId())) {
            throw new ForbiddenException("Only the one who logged this touchpoint, their manager or an admin may change it");
        }
        return touchpoint;
    }

    private String form(SignedInUser user, TouchpointDetails touchpoint, Model model) {
        model.addAttribute("section", "today");
        EditForm form = (EditForm) model.getAttribute("form");
        model.addAttribute("deals", touchpoints.likelyDeals(user.actor(),
                touchpoint.people().stream().map(TouchpointDetails.Participant::id).toList(),
                form != null && form.dealId() != null ? form.dealId() : touchpoint.dealId()));
        model.addAttribute("editing", touchpoint.id());
        model.addAttribute("editingTitle", title(touchpoint));
        model.addAttribute("channels", Channel.values());
        return "touchpoints/edit";
    }

    /** "Phone call with Maria Lopez on 2 Dec 2026" */
    static String title(TouchpointDetails t) {
        return title(t, t.channel().label());
    }

    private static String title(TouchpointDetails t, String what) {
        String with = switch (t.people().size()) {
            case 0 -> "";
            case 1 -> " with " + t.people().getFirst().name();
            default -> " with " + t.people().getFirst().name() + " and " + (t.people().size() - 1) + " more";
        };
        return what + with + " on " + t.occurredAt().format(DAY);
    }
}
