package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.ScoreHistories;
import app.handshake.relationships.ScoreHistory;
import app.handshake.shared.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Relationships")
class RelationshipApi {

    private final RelationshipScores scores;
    private final ScoreHistories histories;

    RelationshipApi(RelationshipScores scores, ScoreHistories histories) {
        this.scores = scores;
        this.histories = histories;
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

    @PostMapping("/api/relationships/recompute")
    @Operation(operationId = "recomputeScores", summary = "Recompute every stored score from every touchpoint (admins)")
    Map<String, Long> recompute(@AuthenticationPrincipal SignedInUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only admins recompute every score");
        }
        return Map.of("scores", scores.recomputeAll());
    }
}
