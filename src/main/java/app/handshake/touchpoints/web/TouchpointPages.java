package app.handshake.touchpoints.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.Visibility;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.people.PersonSummary;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

/** The quick "log a touchpoint" form, and the timeline card of the person page. */
@Controller
class TouchpointPages {

    private final Touchpoints touchpoints;
    private final People people;
    private final Clock clock;

    TouchpointPages(Touchpoints touchpoints, People people, Clock clock) {
        this.touchpoints = touchpoints;
        this.people = people;
        this.clock = clock;
    }

    /** The form; times are in UTC, like the server's clock. */
    record LogForm(@NotNull(message = "Choose who it was with") UUID personId, @NotNull Channel channel,
            Initiator initiatedBy,
            @NotNull(message = "When did it happen?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
            @Min(0) @Max(10080) Integer durationMinutes, Topic topic, @Size(max = 300) String summary,
            @Size(max = 10000) String notes, String visibility) {}

    @GetMapping("/touchpoints/new")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID personId, Model model) {
        model.addAttribute("form", new LogForm(personId, Channel.phone, Initiator.us,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES), null, Topic.business, null, null, "shared"));
        return form(user, model, personId);
    }

    @PostMapping("/touchpoints")
    String log(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") LogForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                touchpoints.log(user.actor(), new TouchpointDraft(form.channel(), form.initiatedBy(),
                        form.occurredAt().atOffset(java.time.ZoneOffset.UTC), form.durationMinutes(), form.topic(),
                        form.summary(), form.notes(), null, List.of(form.personId()), List.of(user.user().id()),
                        Visibility.of(form.visibility())), "web", null);
                redirect.addFlashAttribute("notice", form.channel().label() + " logged.");
                return "redirect:/people/" + form.personId();
            } catch (InvalidRequestException e) {
                result.reject("invalid", e.getMessage());
            }
        }
        return form(user, model, form.personId());
    }

    @GetMapping("/people/{personId}/timeline-card")
    String timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("page", touchpoints.timeline(user.actor(), personId, PageRequest.of(after, 10)));
        return "touchpoints/timeline-card";
    }

    private String form(SignedInUser user, Model model, UUID selected) {
        model.addAttribute("section", "log");
        List<PersonSummary> choices = new ArrayList<>(people.search(user.actor(), PersonSearch.EVERYONE,
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        if (selected != null && choices.stream().noneMatch(p -> p.id().equals(selected))) {
            people.find(user.actor(), selected).ifPresent(p -> choices.add(0, new PersonSummary(p.id(), p.name(),
                    p.title(), null, null, null, null, null, p.visibility(), List.of(), null, null)));
        }
        model.addAttribute("people", choices);
        model.addAttribute("channels", Channel.values());
        return "touchpoints/form";
    }
}
