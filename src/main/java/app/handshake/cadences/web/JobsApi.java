package app.handshake.cadences.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.cadences.Reminders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Jobs")
class JobsApi {

    private final Reminders reminders;

    JobsApi(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/jobs")
    @Operation(operationId = "listReminderRuns",
            summary = "The latest runs of the in-app reminder job, with what each produced (admins)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Only admins read the job runs")
    List<Reminders.Run> runs(@AuthenticationPrincipal SignedInUser user) {
        return reminders.recent(user.actor(), 20);
    }

    @PostMapping("/api/jobs/reminders")
    @Operation(operationId = "runReminders",
            summary = "Run the reminders now: recompute every score and due date (admins)")
    Reminders.Run run(@AuthenticationPrincipal SignedInUser user) {
        return reminders.run(user.actor());
    }
}
