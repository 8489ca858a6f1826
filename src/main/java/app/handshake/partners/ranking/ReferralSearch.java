package app.handshake.partners.ranking;

import app.handshake.accounts.Actor;
import app.handshake.shared.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral search: the partners for a need near a place, ranked by the trust the reader places in them, their
 * delivery record and their fit, each with the people who vouch for it.
 */
@Service
@Transactional(readOnly = true)
public class ReferralSearch {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    private final PartnerSearch search;
    private final Places places;
    private final Clock clock;

    ReferralSearch(PartnerSearch search, Places places, Clock clock) {
        this.search = search;
        this.places = places;
        this.clock = clock;
    }

    /**
     * The best {@code limit} partners (1..50, 20 when 0 or less) for a need, near a place when one is given: a name
     * the workspace's addresses know, or "latitude,longitude". A place nobody knows is searched without, and said so.
     */
    public ReferralResults search(Actor actor, @Nullable String need, @Nullable String near, int limit) {
        if (need == null || need.isBlank()) {
            throw new InvalidRequestException("need", "must name what is needed, such as electrical");
        }
        if (need.length() > 200) {
            throw new InvalidRequestException("need", "must be at most 200 characters");
        }
        if (near != null && near.length() > 200) {
            throw new InvalidRequestException("near", "must be at most 200 characters");
        }
        int count = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        List<String> notes = new ArrayList<>();
        Map<UUID, String> specialties = search.specialties(need);
        Place place = null;
        String wanted = near == null || near.isBlank() ? null : near.strip();
        if (wanted != null) {
            Optional<Place> resolved = places.resolve(wanted);
            if (resolved.isEmpty()) {
                notes.add("No address or service area in the workspace is called \"" + wanted
                        + "\": partners from everywhere are shown");
            }
            place = resolved.orElse(null);
        }
        if (specialties.isEmpty()) {
            notes.add("No specialty is called \"" + need.strip() + "\" or anything like it");
            return new ReferralResults(need.strip(), List.of(), wanted, place == null ? null : place.described(),
                    notes, List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<PartnerSearch.Found> found = search.partners(actor, specialties.keySet(), place);
        Map<UUID, PartnerSearch.Found> fitting = new LinkedHashMap<>();
        Map<UUID, AreaFit.Fit> fits = new LinkedHashMap<>();
        for (PartnerSearch.Found partner : found) {
            AreaFit.Fit fit = place == null ? new AreaFit.Fit(1.0, null) : AreaFit.best(place, partner.areas());
            if (fit != null) {
                fitting.put(partner.partnerId(), partner);
                fits.put(partner.partnerId(), fit);
            }
        }
        Map<UUID, PartnerSearch.Record> records = search.records(actor, fitting, today);
        List<Candidate> candidates = new ArrayList<>();
        for (PartnerSearch.Found partner : fitting.values()) {
            AreaFit.Fit fit = fits.get(partner.partnerId());
            PartnerSearch.Record record = records.getOrDefault(partner.partnerId(), PartnerSearch.Record.NONE);
            candidates.add(new Candidate(partner.partnerId(), partner.name(), fit.value(),
                    fit.reason() == null ? List.of() : List.of(fit.reason()), record.taken(), record.delivered(),
                    record.certifications()));
        }
        List<Vouch> vouches = search.vouches(actor, fitting, new HashSet<>(specialties.keySet()));
        List<TrustRanking.Ranking> ranked = new TrustRanking(today).rank(candidates, vouches, count);
        List<Vouch> shown = ranked.stream().flatMap(r -> r.strongest().stream()).toList();
        Function<Vouch, @Nullable Integer> years = yearsKnown(actor, shown);
        Map<UUID, PartnerSearch.Words> words = search.words(actor, shown.stream().map(Vouch::endorsementId).toList());
        List<RankedPartner> results = ranked.stream()
                .map(r -> new TrustRanking.Ranking(r.candidate(), r.score(), r.trust(), r.delivery(), r.reasons(),
                        r.strongest().stream().map(v -> v.shown(words.get(v.endorsementId()))).toList()))
                .map(r -> r.toResult(years)).toList();
        return new ReferralResults(need.strip(), List.copyOf(specialties.values()), wanted,
                place == null ? null : place.described(), notes, results);
    }

    /**
     * Who vouches for one partner, as the search puts it ("Anna Berg (trusted, 12 years) recommended them in 2024"):
     * every endorsement the reader may see that counts for them, strongest first, with no specialty asked for. Empty
     * when the reader may not see the partner.
     */
    public List<VouchingPath> pathsFor(Actor actor, UUID partnerId) {
        Optional<PartnerSearch.Found> partner = search.partner(actor, partnerId);
        if (partner.isEmpty()) {
            return List.of();
        }
        List<Vouch> vouches = new TrustRanking(LocalDate.now(clock))
                .strongestFirst(search.vouches(actor, Map.of(partnerId, partner.get()), null));
        Function<Vouch, @Nullable Integer> years = yearsKnown(actor, vouches);
        Map<UUID, PartnerSearch.Words> words = search.words(actor, vouches.stream().map(Vouch::endorsementId).toList());
        return vouches.stream().map(v -> VouchingPath.of(v.shown(words.get(v.endorsementId())), years.apply(v)))
                .toList();
    }

    /** Whole years since the team first met each endorser, as the reader may read it; read for these vouches only. */
    private Function<Vouch, @Nullable Integer> yearsKnown(Actor actor, List<Vouch> vouches) {
        Set<UUID> endorsers = new HashSet<>();
        vouches.stream().map(Vouch::endorserPersonId).filter(Objects::nonNull).forEach(endorsers::add);
        Map<UUID, OffsetDateTime> since = search.knownSince(actor, endorsers);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return v -> {
            OffsetDateTime first = v.endorserPersonId() == null ? null : since.get(v.endorserPersonId());
            return first == null ? null : (int) ChronoUnit.YEARS.between(first, now);
        };
    }
}
