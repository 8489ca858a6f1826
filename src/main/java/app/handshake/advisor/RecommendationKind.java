package app.handshake.advisor;

/** What a recommendation is about; its key in the API and the words on the pages. */
public enum RecommendationKind {
    meet_in_person("Meet in person"),
    single_threaded("Hangs on one person"),
    going_cold("Going cold"),
    nurture_lapsed("Nurture lapsed"),
    connections_only("Names only"),
    deployment_at_risk("Deployment at risk");

    private final String label;

    RecommendationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
