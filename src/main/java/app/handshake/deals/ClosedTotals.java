package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.platform.WorkspaceRestored;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The closed deals counted per owner, calendar month of closing (in UTC) and visibility, kept in
 * {@code deal_closed_total} as deals change, in the transaction that changes them, as {@link PipelineTotals} keeps the
 * board's: the figures of a year add up some hundreds of those rows rather than counting thousands of deals. The
 * period's partial months at either end are counted from the deals themselves.
 */
@Repository
public class ClosedTotals {

    private static final String CLOSED = "('won', 'lost', 'walked_away')";
    private static final List<DealOutcome> CLOSED_OUTCOMES = List.of(DealOutcome.won, DealOutcome.lost,
            DealOutcome.walked_away);

    private final JdbcClient jdbc;
    private final RecordAccess access;

    ClosedTotals(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What one closed deal adds to the totals: one deal of its outcome, in its month, owner, visibility. */
    private record Share(UUID ownerId, LocalDate month, String visibility, DealOutcome outcome, boolean wonBack) {

        String key() {
            return month + "/" + ownerId + "/" + visibility;
        }

        static @Nullable Share of(Deal deal) {
            OffsetDateTime closed = deal.closedAt();
            if (deal.outcome() == DealOutcome.open || closed == null) {
                return null;
            }
            return new Share(deal.ownerId(), monthOf(closed), deal.visibility().key(), deal.outcome(), deal.wonBack());
        }
    }

    /** The calendar month, in UTC, of a moment: its first day. */
    static LocalDate monthOf(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    /** The deal is about to be saved as it is now: what it added as stored leaves the totals, what it adds now joins. */
    void saving(Deal deal) {
        apply(stored(deal.id()), Share.of(deal));
    }

    /** The deal is about to be deleted: what it added as stored leaves the totals. */
    void deleting(Deal deal) {
        apply(stored(deal.id()), null);
    }

    private @Nullable Share stored(UUID dealId) {
        return jdbc.sql("select owner_id, closed_at, visibility, outcome, won_back from deal where id = :id and outcome in "
                        + CLOSED)
                .param("id", dealId)
                .query((rs, n) -> new Share(rs.getObject(1, UUID.class), monthOf(rs.getObject(2, OffsetDateTime.class)),
                        rs.getString(3), DealOutcome.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .optional().orElse(null);
    }

    private void apply(@Nullable Share before, @Nullable Share after) {
        // The rows changed in the order of their keys: two deals moving opposite ways between the same two rows
        // then lock them in the same order, and neither waits for the other forever.
        Map<String, Share> rows = new TreeMap<>();
        Map<String, Counts> changes = new HashMap<>();
        if (before != null) {
            rows.put(before.key(), before);
            changes.computeIfAbsent(before.key(), k -> new Counts()).add(before.outcome(), before.wonBack(), -1);
        }
        if (after != null) {
            rows.put(after.key(), after);
            changes.computeIfAbsent(after.key(), k -> new Counts()).add(after.outcome(), after.wonBack(), 1);
        }
        rows.forEach((key, row) -> {
            Counts change = changes.get(key);
            if (!change.isZero()) {
                add(row, change);
            }
        });
    }

    /** A row's counts, a change to them, or one owner's over a period. */
    private static final class Counts {
        long won;
        long wonBack;
        long lost;
        long walkedAway;

        void add(DealOutcome outcome, boolean back, long count) {
            switch (outcome) {
                case won -> {
                    won += count;
                    wonBack += back ? count : 0;
                }
                case lost -> lost += count;
                case walked_away -> walkedAway += count;
                case open -> throw new IllegalArgumentException("an open deal is not counted");
            }
        }

        boolean isZero() {
            return won == 0 && wonBack == 0 && lost == 0 && walkedAway == 0;
        }
    }

    private void add(Share row, Counts change) {
        // A row left at zero stays: taking it out while another transaction adds to it would race that insert.
        jdbc.sql("""
                        insert into deal_closed_total (closed_month, owner_id, visibility, won, won_back, lost, walked_away)
                        values (:month, :owner, :visibility, 0, 0, 0, 0) on conflict do nothing""")
                .param("month", row.month()).param("owner", row.ownerId()).param("visibility", row.visibility())
                .update();
        jdbc.sql("""
                        update deal_closed_total
                           set won = won + :won, won_back = won_back + :wonBack, lost = lost + :lost,
                               walked_away = walked_away + :walkedAway
                         where closed_month = :month and owner_id = :owner and visibility = :visibility""")
                .param("won", change.won).param("wonBack", change.wonBack).param("lost", change.lost)
                .param("walkedAway", change.walkedAway).param("month", row.month()).param("owner", row.ownerId())
                .param("visibility", row.visibility()).update();
    }

    /**
     * Per owner, the deals closed in [from, to) that the reader may see: the whole months of the period from the
     * totals of the owners and visibilities they may see, the partial months at either end from the deals, less the
     * deals at the organizations hidden from them ({@code hidden}; few, found by the deals' organization index). An
     * owner whose deals of the period are all hidden from the reader is not among them.
     */
    List<DealFigures.Closed> closed(Actor reader, OffsetDateTime from, OffsetDateTime to, Set<UUID> hidden) {
        Map<UUID, Counts> owners = new HashMap<>();
        LocalDate firstWhole = monthOf(from.minusNanos(1)).plusMonths(1);
        LocalDate afterWhole = monthOf(to);
        OffsetDateTime wholeFrom = firstWhole.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime wholeTo = afterWhole.atStartOfDay().atOffset(ZoneOffset.UTC);
        SqlFilter visible = access.readFilter(reader, "d");
        if (firstWhole.isBefore(afterWhole)) {
            SqlFilter totals = access.readFilter(reader, "t");
            jdbc.sql("""
                    select t.owner_id, t.won, t.won_back, t.lost, t.walked_away from deal_closed_total t
                     where t.closed_month >= :first and t.closed_month < :after and %s""".formatted(totals.sql()))
                    .params(totals.params()).param("first", firstWhole).param("after", afterWhole)
                    .query(rs -> {
                        Counts owner = owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Counts());
                        owner.won += rs.getLong(2);
                        owner.wonBack += rs.getLong(3);
                        owner.lost += rs.getLong(4);
                        owner.walkedAway += rs.getLong(5);
                    });
            count(visible, from, wholeFrom, "", 1, owners);
            count(visible, wholeTo, to, "", 1, owners);
        } else {
            count(visible, from, to, "", 1, owners);
        }
        if (!hidden.isEmpty()) {
            Map<String, Object> params = new HashMap<>(visible.params());
            params.put("hidden", hidden.toArray(UUID[]::new));
            count(new SqlFilter(visible.sql(), params), from, to, " and d.organization_id = any(:hidden)", -1, owners);
        }
        List<DealFigures.Closed> closed = new ArrayList<>();
        owners.forEach((owner, counts) -> {
            if (counts.won != 0 || counts.lost != 0 || counts.walkedAway != 0) {
                closed.add(new DealFigures.Closed(owner, (int) counts.won, (int) counts.lost, (int) counts.walkedAway,
                        (int) counts.wonBack));
            }
        });
        return closed;
    }

    /**
     * Adds (sign 1) or takes away (sign -1) the counts of the deals closed in [from, to) under the filter and
     * {@code more}, from the index that holds every column asked for: one range of it per outcome (H2 reads an
     * {@code outcome in (...)} from the index's first column as every closed deal ever, bounded by nothing).
     */
    private void count(SqlFilter visible, OffsetDateTime from, OffsetDateTime to, String more, int sign,
            Map<UUID, Counts> owners) {
        if (!from.isBefore(to)) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (DealOutcome outcome : CLOSED_OUTCOMES) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("""
                    select d.owner_id, '%s', d.won_back, count(*) from deal d
                     where d.outcome = '%s' and d.closed_at >= :from and d.closed_at < :to and %s%s
                     group by d.owner_id, d.won_back""".formatted(outcome, outcome, visible.sql(), more));
        }
        jdbc.sql(sql.toString())
                .params(visible.params()).param("from", from).param("to", to)
                .query(rs -> {
                    owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Counts())
                            .add(DealOutcome.valueOf(rs.getString(2)), rs.getBoolean(3), (long) sign * rs.getInt(4));
                });
    }

    /**
     * Counts every closed deal again: after a restore or a load straight into the tables, and to fill the totals
     * the first time ({@link ClosedTotalsMigration}).
     */
    static void recount(JdbcClient jdbc) {
        jdbc.sql("delete from deal_closed_total").update();
        Map<String, Share> rows = new HashMap<>();
        Map<String, Counts> counts = new HashMap<>();
        jdbc.sql("select owner_id, closed_at, visibility, outcome, won_back from deal where outcome in " + CLOSED)
                .query(rs -> {
                    Share share = new Share(rs.getObject(1, UUID.class),
                            monthOf(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
                            DealOutcome.valueOf(rs.getString(4)), rs.getBoolean(5));
                    rows.putIfAbsent(share.key(), share);
                    counts.computeIfAbsent(share.key(), k -> new Counts()).add(share.outcome(), share.wonBack(), 1);
                });
        for (Map.Entry<String, Share> entry : rows.entrySet()) {
            Share row = entry.getValue();
            Counts sum = counts.get(entry.getKey());
            jdbc.sql("""
                            insert into deal_closed_total (closed_month, owner_id, visibility, won, won_back, lost,
                                                           walked_away)
                            values (:month, :owner, :visibility, :won, :wonBack, :lost, :walkedAway)""")
                    .param("month", row.month()).param("owner", row.ownerId()).param("visibility", row.visibility())
                    .param("won", sum.won).param("wonBack", sum.wonBack).param("lost", sum.lost)
                    .param("walkedAway", sum.walkedAway).update();
        }
    }

    /** Counts every closed deal again, in the caller's transaction. */
    public void recount() {
        recount(jdbc);
    }

    @EventListener
    void on(WorkspaceRestored restored) {
        recount();
    }
}
