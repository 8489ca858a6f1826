package app.handshake.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A report whose figures are known: one person overdue on their Today, one trusted relationship (three
 * meals), one acquaintance (a meal), one connection (an email); four meals and an email this month. The
 * overdue person's last call was made by the manager, so it counts for nobody's figures but theirs.
 */
record ReportWithFigures(NewUser report, String overdueName) {

    static ReportWithFigures of(Api api, NewUser manager, String role) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        NewUser report = api.newUser(role, manager.id());
        Api.Client as = report.client();
        String trusted = person(as, "Trusted Tess " + marker);
        String acquaintance = person(as, "Acquainted Abe " + marker);
        String connection = person(as, "Connected Cy " + marker);
        String overdueName = "Overdue Olga " + marker;
        String overdue = person(as, overdueName);
        for (int i = 0; i < 3; i++) {
            log(as, "meal", trusted, recently());
        }
        log(as, "meal", acquaintance, recently());
        log(as, "email", connection, recently());
        Reply cadence = as.put("/api/people/" + overdue + "/cadence", Map.of("intervalDays", 14, "channel", "phone"), "*");
        assertThat(cadence.status()).as(cadence.raw()).isEqualTo(200);
        log(manager.client(), "phone", overdue, OffsetDateTime.now(ZoneOffset.UTC).minusDays(20));
        return new ReportWithFigures(report, overdueName);
    }

    static String person(Api.Client as, String name) {
        Reply created = as.post("/api/people", Map.of("name", name));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    static String log(Api.Client as, String channel, String personId, OffsetDateTime at) {
        Reply logged = as.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", at.toString()));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        return logged.id();
    }

    /** A moment ago, and in this month even in its first minute. */
    static OffsetDateTime recently() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime monthBegan = now.withDayOfMonth(1).toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime aMomentAgo = now.minusSeconds(30);
        return aMomentAgo.isBefore(monthBegan) ? monthBegan : aMomentAgo;
    }
}
