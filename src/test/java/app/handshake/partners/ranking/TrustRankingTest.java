package app.handshake.partners.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking on its own: who endorses, how often in one circle, what a partner delivered, where it works. */
class TrustRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final TrustRanking ranking = new TrustRanking(TODAY);

    private static Candidate partner(String name) {
        return partner(name, 0, 0, 0);
    }

    private static Candidate partner(String name, int taken, int delivered, int certifications) {
        return new Candidate(UUID.randomUUID(), name, 1.0, List.of(), taken, delivered, certifications);
    }

    private static Vouch vouch(Candidate partner, String tier, double weight, String circle, int rating) {
        return vouch(partner, tier, weight, circle, rating, TODAY.minusYears(1), true);
    }

    private static Vouch vouch(Candidate partner, String tier, double weight, String circle, int rating,
            LocalDate on, boolean forTheNeed) {
        return new Vouch(UUID.randomUUID(), partner.partnerId(), UUID.randomUUID(), "Endorser " + circle, tier, weight,
                circle, rating, on, forTheNeed, "stayed until it was fixed");
    }

    private List<String> order(List<Candidate> candidates, List<Vouch> vouches) {
        return ranking.rank(candidates, vouches, 50).stream().map(r -> r.candidate().name()).toList();
    }

    @Test
    void oneTrustedRelationshipOutweighsTenNeverMetConnectionsEvenFromTenOrganizations() {
        Candidate trusted = partner("Trusted's pick");
        Candidate crowd = partner("Crowd's pick");
        List<Vouch> vouches = new ArrayList<>();
        vouches.add(vouch(trusted, "trusted", 1.0, "organization:anna", 5));
        for (int i = 0; i < 10; i++) {
            vouches.add(vouch(crowd, "connection", 0.05, "organization:" + i, 5));
        }

        List<TrustRanking.Ranking> ranked = ranking.rank(List.of(crowd, trusted), vouches, 10);

        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Trusted's pick", "Crowd's pick");
        assertThat(ranked.get(0).trust()).isGreaterThan(ranked.get(1).trust() * 1.5);
    }

    @Test
    void voicesOfOneCircleCountWithDiminishingReturns() {
        Candidate oneCircle = partner("One circle");
        Candidate threeCircles = partner("Three circles");
        List<Vouch> vouches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            vouches.add(vouch(oneCircle, "relationship", 0.6, "organization:same", 5));
            vouches.add(vouch(threeCircles, "relationship", 0.6, "organization:" + i, 5));
        }

        List<TrustRanking.Ranking> ranked = ranking.rank(List.of(oneCircle, threeCircles), vouches, 10);

        double value = ranking.value(vouches.getFirst());
        assertThat(ranked.get(0).candidate().name()).isEqualTo("Three circles");
        assertThat(ranked.get(0).trust()).isCloseTo(1 - Math.exp(-3 * value), within(1e-9));
        assertThat(ranked.get(1).trust()).isCloseTo(1 - Math.exp(-(1 + 0.5 + 0.25) * value), within(1e-9));
    }

    @Test
    void endorsersWithoutWeightGiveNoTrustAndNoPath() {
        Candidate ring = partner("Ring");
        List<Vouch> vouches = List.of(vouch(ring, "unknown", 0, "person:a", 5), vouch(ring, "unknown", 0, "person:b", 5));

        TrustRanking.Ranking ranked = ranking.rank(List.of(ring), vouches, 10).getFirst();

        assertThat(ranked.trust()).isZero();
        assertThat(ranked.strongest()).isEmpty();
        assertThat(ranked.score()).isCloseTo(TrustRanking.BASE_TRUST * 0.5, within(1e-9));
        assertThat(ranked.reasons()).contains("No endorsement from anyone you or the team know");
    }

    @Test
    void ratingRecencyAndSpecialtyShapeAnEndorsementsValue() {
        Candidate p = partner("P");
        Vouch fresh = vouch(p, "trusted", 1.0, "a", 5, TODAY, true);
        Vouch tenYears = vouch(p, "trusted", 1.0, "a", 5, TODAY.minusDays(3652).minusDays(1), true);
        Vouch otherSpecialty = vouch(p, "trusted", 1.0, "a", 5, TODAY, false);
        Vouch four = vouch(p, "trusted", 1.0, "a", 4, TODAY, true);
        Vouch neutral = vouch(p, "trusted", 1.0, "a", 3, TODAY, true);
        Vouch warning = vouch(p, "trusted", 1.0, "a", 1, TODAY, true);

        assertThat(ranking.value(fresh)).isEqualTo(1.0);
        assertThat(ranking.value(tenYears)).isCloseTo(0.5, within(0.001));
        assertThat(ranking.value(otherSpecialty)).isEqualTo(0.5);
        assertThat(ranking.value(four)).isEqualTo(0.5);
        assertThat(ranking.value(neutral)).isZero();
        assertThat(ranking.value(warning)).isEqualTo(-1.0);
    }

    @Test
    void warningsLowerTrustButNeverBelowZero() {
        Candidate praised = partner("Praised");
        Candidate mixed = partner("Mixed");
        Candidate warned = partner("Warned");
        List<Vouch> vouches = List.of(vouch(praised, "trusted", 1.0, "a", 5), vouch(mixed, "trusted", 1.0, "a", 5),
                vouch(mixed, "relationship", 0.6, "b", 1), vouch(warned, "trusted", 1.0, "a", 1));

        List<TrustRanking.Ranking> ranked = ranking.rank(List.of(warned, mixed, praised), vouches, 10);

        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Praised", "Mixed", "Warned");
        assertThat(ranked.get(2).trust()).isZero();
        assertThat(ranked.get(1).reasons()).contains("1 warning against them");
    }

    @Test
    void deliveryMovesTheRankingBothWays() {
        Candidate delivered = partner("Delivered", 4, 4, 0);
        Candidate untried = partner("Untried");
        Candidate soldMuch = partner("Sold much", 10, 1, 0);
        List<Vouch> vouches = List.of(vouch(delivered, "relationship", 0.6, "a", 5),
                vouch(untried, "relationship", 0.6, "a", 5), vouch(soldMuch, "relationship", 0.6, "a", 5));

        List<TrustRanking.Ranking> ranked = ranking.rank(List.of(soldMuch, untried, delivered), vouches, 10);

        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Delivered", "Untried", "Sold much");
        assertThat(ranked).extracting(TrustRanking.Ranking::delivery).containsExactly(5 / 6.0, 0.5, 2 / 12.0);
    }

    @Test
    void currentCertificationsAddFivePercentEachUpToThree() {
        assertThat(TrustRanking.delivery(partner("A", 0, 0, 1))).isCloseTo(0.5 * 1.05, within(1e-12));
        assertThat(TrustRanking.delivery(partner("B", 0, 0, 5))).isCloseTo(0.5 * Math.pow(1.05, 3), within(1e-12));
    }

    @Test
    void theStrongestThreeEndorsementsThatCountAreThePaths() {
        Candidate p = partner("P");
        List<Vouch> vouches = List.of(vouch(p, "acquaintance", 0.25, "a", 5), vouch(p, "trusted", 1.0, "b", 5),
                vouch(p, "relationship", 0.6, "c", 5), vouch(p, "team", 0.8, "team", 4), vouch(p, "trusted", 1.0, "d", 3));

        TrustRanking.Ranking ranked = ranking.rank(List.of(p), vouches, 10).getFirst();

        assertThat(ranked.strongest()).extracting(Vouch::tier).containsExactly("trusted", "relationship", "team");
    }

    @Test
    void aPathSaysWhoHowLongKnownWhenAndWhat() {
        Vouch vouch = new Vouch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Anna Berg", "trusted", 1.0,
                "x", 5, LocalDate.of(2024, 5, 1), true, "stayed until it was fixed");

        VouchingPath path = VouchingPath.of(vouch, 12);

        assertThat(path.text()).isEqualTo("Anna Berg (trusted, 12 years) recommended them in 2024: 'stayed until it was fixed'");
        assertThat(path.years()).isEqualTo(12);
        assertThat(path.year()).isEqualTo(2024);
        assertThat(VouchingPath.of(vouch, null).text()).startsWith("Anna Berg (trusted) recommended");
    }

    @Test
    void areasFitByCityRegionCountryAndDistance() {
        Place minneapolis = new Place("Minneapolis", "minneapolis", "minnesota", "usa", 44.98, -93.27);
        AreaFit.Area city = new AreaFit.Area("city", "Minneapolis", "minneapolis", null, null, null);
        AreaFit.Area region = new AreaFit.Area("region", "Minnesota", "minnesota", null, null, null);
        AreaFit.Area country = new AreaFit.Area("country", "USA", "usa", null, null, null);
        AreaFit.Area elsewhere = new AreaFit.Area("city", "Duluth", "duluth", null, null, null);
        // Saint Paul is about 15 km east.
        AreaFit.Area aroundSaintPaul = new AreaFit.Area("radius", "Saint Paul", null, 44.95, -93.09, 30);
        AreaFit.Area tooFar = new AreaFit.Area("radius", "Chicago", null, 41.88, -87.63, 100);

        assertThat(AreaFit.best(minneapolis, List.of(country, region, city)).value()).isEqualTo(1.0);
        assertThat(AreaFit.best(minneapolis, List.of(country, region)).value()).isEqualTo(0.9);
        assertThat(AreaFit.best(minneapolis, List.of(country)).value()).isEqualTo(0.8);
        double km = AreaFit.distanceKm(44.98, -93.27, 44.95, -93.09);
        assertThat(km).isBetween(13.0, 17.0);
        assertThat(AreaFit.best(minneapolis, List.of(aroundSaintPaul)).value()).isCloseTo(1 - 0.5 * km / 30, within(1e-9));
        assertThat(AreaFit.best(minneapolis, List.of(elsewhere, tooFar))).isNull();
    }

    @Test
    void aNeedAndItsSpecialtyShareAStem() {
        assertThat(NeedWords.stem("Electrician")).isEqualTo(NeedWords.stem("electrical"));
        assertThat(NeedWords.stem("electricians")).isEqualTo("electric");
        assertThat(NeedWords.stem("plumbing")).isEqualTo(NeedWords.stem("plumber"));
        assertThat(NeedWords.stem("roofing")).isNotEqualTo(NeedWords.stem("plumbing"));
    }

    @Test
    void theTeamCountsHalfAndTheReaderTheBetterOfTheTwo() {
        assertThat(EndorserWeight.person("acquaintance", "trusted")).isEqualTo(new EndorserWeight(0.5, "trusted"));
        assertThat(EndorserWeight.person("relationship", "trusted")).isEqualTo(new EndorserWeight(0.6, "relationship"));
        assertThat(EndorserWeight.person(null, null).weight()).isZero();
        assertThat(EndorserWeight.member(true)).isEqualTo(new EndorserWeight(1.0, "you"));
        assertThat(EndorserWeight.member(false)).isEqualTo(new EndorserWeight(0.8, "team"));
    }
}
