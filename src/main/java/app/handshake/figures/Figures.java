package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Users;
import app.handshake.deals.DealFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures' door: the team's figures over a period, per owner and for the team, as one reader may see them; and
 * the headline, the deployments in active use. Successful deployments, not signed contracts, are what count.
 */
@Service
@Transactional(readOnly = true)
public class Figures {

    private final DealFigures deals;
    private final ActiveUseFigures activeUse;
    private final Users users;
    private final Clock clock;

    Figures(DealFigures deals, ActiveUseFigures activeUse, Users users, Clock clock) {
        this.deals = deals;
        this.activeUse = activeUse;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The figures of the days from {@code from} to {@code to}, both included, in the reader's zone; by default the
     * last twelve months up to today. Refuses a period that ends before it starts or is longer than five years.
     */
    public FiguresReport report(Actor reader, ZoneId zone, @Nullable LocalDate from, @Nullable LocalDate to) {
        Period period = Period.of(from, to, LocalDate.now(clock.withZone(zone)), zone);
        Map<UUID, DealFigures.Closed> closed = deals.closed(reader, period.start(), period.end()).stream()
                .collect(Collectors.toMap(DealFigures.Closed::ownerId, c -> c));
        Map<UUID, DealFigures.Nurture> nurture = deals.nurture(reader, period.start(), period.end()).stream()
                .collect(Collectors.toMap(DealFigures.Nurture::ownerId, n -> n));
        ActiveUseFigures.Deployed deployed = activeUse.of(reader, period);

        Set<UUID> owners = new LinkedHashSet<>(closed.keySet());
        owners.addAll(nurture.keySet());
        owners.addAll(deployed.inActiveUse().keySet());
        owners.addAll(deployed.daysToActiveUse().keySet());
        Map<UUID, String> names = users.displayNames();
        List<OwnerFigures> perOwner = new ArrayList<>();
        for (UUID owner : owners) {
            perOwner.add(OwnerFigures.of(owner, names.getOrDefault(owner, "(former user)"), tally(
                    closed.containsKey(owner) ? List.of(closed.get(owner)) : List.of(),
                    nurture.containsKey(owner) ? List.of(nurture.get(owner)) : List.of(),
                    deployed.daysToActiveUse().getOrDefault(owner, List.of()),
                    deployed.inActiveUse().getOrDefault(owner, 0))));
        }
        perOwner.sort(Comparator.comparing(OwnerFigures::ownerName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(OwnerFigures::ownerId));
        Tally team = tally(List.copyOf(closed.values()), List.copyOf(nurture.values()),
                deployed.daysToActiveUse().values().stream().flatMap(List::stream).toList(),
                deployed.inActiveUse().values().stream().mapToInt(Integer::intValue).sum());
        return new FiguresReport(period.from(), period.to(), team, perOwner);
    }

    /** The visible deployments in active use now: the team's headline. */
    public int deploymentsInActiveUse(Actor reader) {
        return activeUse.inActiveUseCount(reader);
    }

    private static Tally tally(List<DealFigures.Closed> closed, List<DealFigures.Nurture> nurture,
            List<Long> daysToActiveUse, int inActiveUse) {
        int due = nurture.stream().mapToInt(DealFigures.Nurture::monthsDue).sum();
        int kept = nurture.stream().mapToInt(DealFigures.Nurture::monthsKept).sum();
        return new Tally(closed.stream().mapToInt(DealFigures.Closed::won).sum(),
                closed.stream().mapToInt(DealFigures.Closed::lost).sum(),
                closed.stream().mapToInt(DealFigures.Closed::walkedAway).sum(),
                closed.stream().mapToInt(DealFigures.Closed::wonBack).sum(),
                daysToActiveUse.size(), median(daysToActiveUse),
                due == 0 ? null : (int) Math.round(100.0 * kept / due), inActiveUse);
    }

    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? (double) sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
