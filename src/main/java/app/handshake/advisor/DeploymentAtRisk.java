package app.handshake.advisor;

import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.Health;
import app.handshake.deployments.HealthReason;
import app.handshake.deployments.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A deployment at risk or stalled: a won deal is not the goal, a customer using it is. The advice names the
 * customer's people responsible for its sites, so that the owner calls them today.
 */
@Component
class DeploymentAtRisk implements Signal {

    private final Deployments deployments;

    DeploymentAtRisk(Deployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.deployment_at_risk;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        List<Recommendation> found = new ArrayList<>();
        for (DeploymentDetails deployment : deployments.withContacts(situation.reader(),
                deployments.needingAttention(situation.reader(), situation.owners()))) {
            List<Person> people = deployment.sites().stream().filter(site -> site.customerPersonId() != null)
                    .map(site -> new Person(site.customerPersonId(), site.customerPersonName())).distinct().toList();
            List<Reason> reasons = new ArrayList<>();
            for (HealthReason reason : deployment.reasons()) {
                Map<String, Object> facts = new HashMap<>();
                facts.put("kind", reason.kind().name());
                if (reason.since() != null) {
                    facts.put("since", reason.since());
                }
                if (reason.days() != null) {
                    facts.put("days", reason.days());
                }
                reasons.add(new Reason(reason.text(), facts));
            }
            boolean stalled = deployment.health() == Health.STALLED;
            String live = deployment.sites().stream().filter(Site::inActiveUse).count() + " of "
                    + deployment.sites().size() + " sites in active use";
            String headline = (stalled ? "Get " + deployment.name() + " moving again" : "Help " + deployment.name()
                    + " back on track") + (people.isEmpty() ? "" : ": call " + MeetInPerson.names(people)) + " (" + live
                    + ")";
            found.add(new Recommendation(Recommendation.key(RecommendationKind.deployment_at_risk,
                    SubjectType.deployment, deployment.id()), RecommendationKind.deployment_at_risk,
                    new Subject(SubjectType.deployment, deployment.id(), deployment.name()), headline,
                    (stalled ? 80 : 70) + Math.min(10, 2 * reasons.size()), reasons, people, deployment.ownerId(),
                    Situation.digest(deployment.health(), deployment.reasons().stream()
                            .map(r -> r.kind() + ":" + r.subjectId()).sorted().toList()), null, null));
        }
        return found;
    }
}
