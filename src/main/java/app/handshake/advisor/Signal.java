package app.handshake.advisor;

import java.util.List;

/** One kind of advice: the recommendations its facts call for, for one reader and the team members in view. */
interface Signal {

    RecommendationKind kind();

    List<Recommendation> find(Situation situation);
}
