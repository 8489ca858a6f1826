package app.handshake.relationships;

import app.handshake.people.PersonRanking;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Ranks the people list by the team's relationship strength today, and badges each line with its tier. */
@Component
class StrengthRanking implements PersonRanking {

    private final RelationshipScores scores;
    private final StrengthSettings settings;

    StrengthRanking(RelationshipScores scores, StrengthSettings settings) {
        this.scores = scores;
        this.settings = settings;
    }

    @Override
    public String joinSql() {
        return "left join relationship_score rs on rs.person_id = p.id and rs.user_id = :rankingTeam";
    }

    @Override
    public String keyExpression() {
        return "coalesce(rs.strength_key, " + RelationshipScores.NO_STRENGTH + ")";
    }

    @Override
    public String lastTouchExpression() {
        return "rs.last_touch_at";
    }

    @Override
    public Map<String, Object> params() {
        return Map.of("rankingTeam", ScoreStore.TEAM);
    }

    @Override
    public KeyRange range(String tier) {
        Tier wanted = Tier.valueOf(tier);
        Double acquaintance = scores.keyForScore(settings.acquaintanceFrom());
        Double relationship = scores.keyForScore(settings.relationshipFrom());
        Double trusted = scores.keyForScore(settings.trustedFrom());
        return switch (wanted) {
            case connection -> new KeyRange(null, acquaintance);
            case acquaintance -> new KeyRange(acquaintance, relationship);
            case relationship -> new KeyRange(relationship, trusted);
            case trusted -> new KeyRange(trusted, null);
        };
    }

    @Override
    public Standing standing(double key) {
        int score = scores.formula().score(scores.rawNow(key));
        return new Standing(score, scores.formula().tier(score, key > RelationshipScores.NO_STRENGTH).name());
    }
}
