package app.handshake.partners.ranking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ranks partners for one reader: score = (0.05 + trust) x delivery x fit (the README's "Trust and ranking" gives the
 * whole formula and its reasons). Trust flows one hop from the reader along relationship strength to the endorsers,
 * so voices the reader's team has never met add next to nothing, however many they are.
 */
public final class TrustRanking {

    /** A partner nobody the reader knows endorses still ranks by its record and fit. */
    static final double BASE_TRUST = 0.05;
    /** An endorsement loses half its weight in ten years: an old word still counts, a fresh one more. */
    static final double HALF_LIFE_DAYS = 3652.5;
    /** An endorsement given for another specialty than the one asked for. */
    static final double OTHER_SPECIALTY = 0.5;
    static final double CERTIFICATION_BONUS = 1.05;
    static final int CERTIFICATIONS_COUNTED = 3;
    static final int PATHS_SHOWN = 3;

    private final LocalDate today;

    public TrustRanking(LocalDate today) {
        this.today = today;
    }

    /** A ranked candidate before its paths are put in words: the endorsements that count most, strongest first. */
    public record Ranking(Candidate candidate, double score, double trust, double delivery, List<String> reasons,
            List<Vouch> strongest) {

        public RankedPartner toResult(Function<Vouch, @Nullable Integer> yearsKnown) {
            return new RankedPartner(candidate.partnerId(), candidate.name(), round(score), round(trust),
                    round(delivery), round(candidate.fit()), reasons,
                    strongest.stream().map(v -> VouchingPath.of(v, yearsKnown.apply(v))).toList());
        }
    }

    /** The best {@code limit} candidates, best first; ties by name. */
    public List<Ranking> rank(List<Candidate> candidates, List<Vouch> vouches, int limit) {
        Map<UUID, List<Vouch>> byPartner = new HashMap<>();
        for (Vouch vouch : vouches) {
            byPartner.computeIfAbsent(vouch.partnerId(), id -> new ArrayList<>()).add(vouch);
        }
        return candidates.stream()
                .map(c -> rankOne(c, byPartner.getOrDefault(c.partnerId(), List.of())))
                .sorted(Comparator.comparingDouble(Ranking::score).reversed()
                        .thenComparing(r -> r.candidate().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.candidate().partnerId()))
                .limit(limit)
                .toList();
    }

    Ranking rankOne(Candidate candidate, List<Vouch> vouches) {
        List<Counted> counted = counted(vouches);
        double sum = counted.stream().mapToDouble(Counted::contribution).sum();
        double trust = 1 - Math.exp(-Math.max(0, sum));
        double delivery = delivery(candidate);
        double score = (BASE_TRUST + trust) * delivery * candidate.fit();
        List<Vouch> strongest = counted.stream()
                .sorted(Comparator.comparingDouble((Counted c) -> Math.abs(c.contribution())).reversed())
                .limit(PATHS_SHOWN).map(Counted::vouch).toList();
        return new Ranking(candidate, score, trust, delivery, reasons(candidate, counted), strongest);
    }

    /** Every endorsement of one partner that counts, strongest first by what it adds: a partner's page lists them all. */
    public List<Vouch> strongestFirst(List<Vouch> vouches) {
        return counted(vouches).stream()
                .sorted(Comparator.comparingDouble((Counted c) -> Math.abs(c.contribution())).reversed())
                .map(Counted::vouch).toList();
    }

    /** The value of one endorsement before diminishing returns: weight x rating x recency x specialty. */
    double value(Vouch vouch) {
        double rating = (vouch.rating() - 3) / 2.0;
        long days = Math.max(0, ChronoUnit.DAYS.between(vouch.endorsedOn(), today));
        double recency = Math.pow(0.5, days / HALF_LIFE_DAYS);
        return vouch.weight() * rating * recency * (vouch.forTheNeed() ? 1 : OTHER_SPECIALTY);
    }

    /**
     * Every endorsement that counts, with what it adds: inside a circle the k-th strongest (k from 0) counts
     * 1/2^k, so one organization, or the crowd nobody has met, speaks with about two voices at most.
     */
    private List<Counted> counted(List<Vouch> vouches) {
        Map<String, List<Counted>> circles = new HashMap<>();
        for (Vouch vouch : vouches) {
            double value = value(vouch);
            if (value != 0) {
                circles.computeIfAbsent(vouch.circle(), c -> new ArrayList<>()).add(new Counted(vouch, value));
            }
        }
        List<Counted> counted = new ArrayList<>();
        for (List<Counted> circle : circles.values()) {
            circle.sort(Comparator.comparingDouble((Counted c) -> Math.abs(c.contribution())).reversed());
            double share = 1;
            for (Counted c : circle) {
                counted.add(new Counted(c.vouch(), c.contribution() * share));
                share /= 2;
            }
        }
        return counted;
    }

    /**
     * Delivered over taken part in, smoothed so that one success is not a perfect record and no record is 0.5;
     * each current certification adds 5 %, three at most.
     */
    static double delivery(Candidate candidate) {
        double record = (candidate.delivered() + 1.0) / (candidate.taken() + 2.0);
        return record * Math.pow(CERTIFICATION_BONUS, Math.min(CERTIFICATIONS_COUNTED, candidate.currentCertifications()));
    }

    private static List<String> reasons(Candidate candidate, List<Counted> counted) {
        List<String> reasons = new ArrayList<>();
        long trusted = counted.stream().filter(c -> c.contribution() > 0 && c.vouch().tier().equals("trusted")).count();
        long team = counted.stream().filter(c -> c.contribution() > 0
                && (c.vouch().tier().equals("team") || c.vouch().tier().equals("you"))).count();
        long known = counted.stream().filter(c -> c.contribution() > 0).count();
        long against = counted.stream().filter(c -> c.contribution() < 0).count();
        if (known == 0) {
            reasons.add("No endorsement from anyone you or the team know");
        } else {
            reasons.add(plural(known, "endorsement") + " from people you or the team know"
                    + (trusted > 0 ? ", " + trusted + " trusted" : "") + (team > 0 ? ", " + team + " from the team" : ""));
        }
        if (against > 0) {
            reasons.add(plural(against, "warning") + " against them");
        }
        if (candidate.taken() == 0) {
            reasons.add("No delivery record yet");
        } else {
            reasons.add("Delivered " + candidate.delivered() + " of " + candidate.taken()
                    + " (deployments in active use, referrals delivered well)");
        }
        if (candidate.currentCertifications() > 0) {
            reasons.add(plural(candidate.currentCertifications(), "current certification"));
        }
        reasons.addAll(candidate.fitReasons());
        return List.copyOf(reasons);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private record Counted(Vouch vouch, double contribution) {}
}
