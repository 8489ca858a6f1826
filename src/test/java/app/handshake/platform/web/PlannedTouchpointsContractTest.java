package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Every answer about planned meetings, and the problems on the way, is as the OpenAPI document describes it. */
@HandshakeTest
class PlannedTouchpointsContractTest {

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Test
    void plannedMeetingAnswersPassTheDocumentsSchemas() {
        DocumentedAnswers answers = new DocumentedAnswers(api.anonymous().get("/v3/api-docs").body(), json);
        Api.NewUser seller = api.newUser("member", null);
        Api.Client client = seller.client();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        String person = client.post("/api/people", Map.of("name", "Contract Person " + UUID.randomUUID())).id();

        Reply made = answers.check("POST", "/api/touchpoints/planned", client.post("/api/touchpoints/planned",
                Map.of("personIds", List.of(person), "plannedAt", at.toString(), "purpose", "Visit")));
        assertThat(made.status()).isEqualTo(201);
        String path = "/api/touchpoints/planned/" + made.id();
        answers.check("GET", "/api/touchpoints/planned", client.get("/api/touchpoints/planned?limit=5"));
        answers.check("GET", "/api/touchpoints/planned/{id}", client.get(path));
        Reply moved = answers.check("PUT", "/api/touchpoints/planned/{id}", client.put(path,
                Map.of("plannedAt", at.plusDays(1).toString(), "channel", "meal"), made.etag()));
        assertThat(answers.check("PUT", "/api/touchpoints/planned/{id}", client.put(path,
                Map.of("plannedAt", at.toString()), made.etag())).status()).isEqualTo(412);
        assertThat(answers.check("POST", "/api/touchpoints/planned", client.post("/api/touchpoints/planned",
                Map.of("personIds", List.of(), "plannedAt", at.toString()))).status()).isEqualTo(400);
        assertThat(answers.check("GET", "/api/touchpoints/planned/{id}",
                client.get("/api/touchpoints/planned/" + UUID.randomUUID())).status()).isEqualTo(404);
        Reply cancelled = answers.check("POST", "/api/touchpoints/planned/{id}/cancel",
                client.withIfMatch(moved.etag()).post(path + "/cancel", Map.of()));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(answers.check("POST", "/api/touchpoints/planned/{id}/cancel", client.post(path + "/cancel", Map.of()))
                .status()).isEqualTo(409);
    }
}
