package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.ScoreHistories;
import app.handshake.relationships.ScoreHistory;
import app.handshake.relationships.WhatIf;
import app.handshake.relationships.WhatIfCadence;
import app.handshake.relationships.WhatIfs;
import app.handshake.shared.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Relationships")
class RelationshipApi {

    private final RelationshipScores scores;
    private final ScoreHistories histories;
    private final WhatIfs whatIfs;

    RelationshipApi(RelationshipScores scores, ScoreHistories histories, WhatIfs whatIfs) {
        this.scores = scores;
        this.histories = histories;
        this.whatIfs = whatIfs;
    }

    @GetMapping("/api/people/{id}/relationship")
    @Operation(operationId = "getRelationship",
            summary = "The team's and your own relationship with a person: score, tier, trend and the facts behind them")
    RelationshipScores.Relationship relationship(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return scores.of(user.actor(), id);
    }

    @GetMapping("/api/people/{id}/relationship/history")
    @Operation(operationId = "getRelationshipHistory",
            summary = "The team's and your own score with a person over the last year, weekly and at each touchpoint, "
                    + "with what each touchpoint added; only what you may see counts")
    ScoreHistory history(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return histories.of(user.actor(), id);
    }

    @GetMapping("/api/people/{id}/relationship/what-if")
    @Operation(operationId = "getRelationshipWhatIf",
            summary = "What a cadence would do to the team's score with a person: score and tier month by month, "
                    + "when each tier is reached, in one sentence")
    WhatIf whatIf(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Parameter(description = "The channel of the touchpoints: in_person, meal, event, video, phone, email, "
                    + "message or social; needed with every") @RequestParam(required = false) String channel,
            @Parameter(description = "How often, ISO-8601 (P7D, P2W, P30D, P1M, P3M), at least P1D; absent or none: "
                    + "no further touch") @RequestParam(required = false) String every,
            @Parameter(description = "How far ahead, ISO-8601, from P1M to P3Y; P1Y when absent")
            @RequestParam(name = "for", required = false) String horizon,
            @Parameter(description = "personal when the touchpoints would be personal (they weigh more); business "
                    + "when absent") @RequestParam(required = false) String topic) {
        return whatIfs.of(user.actor(), id, WhatIfCadence.parse(channel, every, horizon, topic));
    }

    @PostMapping("/api/relationships/recompute")
    @Operation(operationId = "recomputeScores", summary = "Recompute every stored score from every touchpoint (admins)")
    Map<String, Long> recompute(@AuthenticationPrincipal SignedInUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only admins recompute every score");
        }
        return Map.of("scores", scores.recomputeAll());
    }
}
