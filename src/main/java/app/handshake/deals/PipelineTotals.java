package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deals.DealQueries.StageSum;
import app.handshake.platform.WorkspaceRestored;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's counts and sums of open deals per stage and currency, kept in {@code deal_open_total} by owner and
 * visibility as deals change, in the transaction that changes them: a board adds up a few hundred of those rows
 * rather than every open deal it may see. Every change of a deal goes through {@link Deals}, which tells this
 * before it saves or deletes one; a restore counts them all again.
 */
@Repository
public class PipelineTotals {

    private final JdbcClient jdbc;
    private final RecordAccess access;

    PipelineTotals(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What one open deal adds to the totals: one deal and its value, under its stage, currency, owner, visibility. */
    private record Share(UUID stageId, String currency, UUID ownerId, String visibility, long amount) {

        String key() {
            return stageId + "/" + currency + "/" + ownerId + "/" + visibility;
        }

        static @Nullable Share of(Deal deal) {
            if (deal.outcome() != DealOutcome.open) {
                return null;
            }
            var value = deal.value();
            return new Share(deal.stageId(), value == null ? "" : value.currency(), deal.ownerId(),
                    deal.visibility().key(), value == null ? 0 : value.amount());
        }
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
        return jdbc.sql("""
                        select stage_id, coalesce(value_currency, '') as currency, owner_id, visibility,
                               coalesce(value_amount, 0) as amount
                          from deal where id = :id and outcome = 'open'""")
                .param("id", dealId).query(Share.class).optional().orElse(null);
    }

    private void apply(@Nullable Share before, @Nullable Share after) {
        // The rows changed in the order of their keys: two deals moving opposite ways between the same two rows
        // then lock them in the same order, and neither waits for the other forever.
        Map<String, long[]> changes = new TreeMap<>();
        Map<String, Share> shares = new HashMap<>();
        if (before != null) {
            changes.computeIfAbsent(before.key(), k -> new long[2]);
            changes.get(before.key())[0] -= 1;
            changes.get(before.key())[1] -= before.amount();
            shares.put(before.key(), before);
        }
        if (after != null) {
            changes.computeIfAbsent(after.key(), k -> new long[2]);
            changes.get(after.key())[0] += 1;
            changes.get(after.key())[1] += after.amount();
            shares.put(after.key(), after);
        }
        changes.forEach((key, change) -> {
            if (change[0] != 0 || change[1] != 0) {
                add(shares.get(key), change[0], change[1]);
            }
        });
    }

    private void add(Share share, long deals, long total) {
        // A row left at zero stays: taking it out while another transaction adds to it would race that insert.
        jdbc.sql("""
                        insert into deal_open_total (stage_id, value_currency, owner_id, visibility, deals, total)
                        values (:stage, :currency, :owner, :visibility, 0, 0) on conflict do nothing""")
                .param("stage", share.stageId()).param("currency", share.currency()).param("owner", share.ownerId())
                .param("visibility", share.visibility()).update();
        jdbc.sql("""
                        update deal_open_total set deals = deals + :deals, total = total + :total
                         where stage_id = :stage and value_currency = :currency and owner_id = :owner
                           and visibility = :visibility""")
                .param("deals", deals).param("total", total).param("stage", share.stageId())
                .param("currency", share.currency()).param("owner", share.ownerId())
                .param("visibility", share.visibility()).update();
    }

    /** Whether the totals answer the board under this filter: none, or only stage, owner, currency, open. */
    static boolean answer(DealFilter filter) {
        return filter.organizationId() == null && filter.personId() == null
                && (filter.outcome() == null || filter.outcome() == DealOutcome.open) && filter.minAmount() == null
                && filter.maxAmount() == null && filter.closingFrom() == null && filter.closingTo() == null
                && filter.goingStale() == null && filter.text() == null;
    }

    /**
     * Per stage and currency, the open deals the actor may see: the totals of the owners and visibilities they
     * may see, less the deals among those at organizations hidden from them (a private organization's deals are
     * no more visible than it is; there are few of them, read through the deals' organization index).
     */
    List<StageSum> sums(Actor actor, DealFilter filter) {
        Map<String, long[]> sums = new TreeMap<>();
        SqlFilter visible = access.readFilter(actor, "t");
        StringBuilder sql = new StringBuilder("""
                select t.stage_id, t.value_currency, sum(t.deals) as deals, sum(t.total) as total
                  from deal_open_total t where """).append(' ').append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        narrow(sql, params, filter, "t", "t.value_currency");
        sql.append(" group by t.stage_id, t.value_currency");
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            long[] sum = sums.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new long[2]);
            sum[0] += rs.getLong(3);
            sum[1] += rs.getLong(4);
            return null;
        }).list();
        if (!actor.isAdmin()) {
            SqlFilter own = access.readFilter(actor, "d");
            SqlFilter organization = access.readFilter(actor, "hidden_o");
            StringBuilder hidden = new StringBuilder("""
                    select d.stage_id, coalesce(d.value_currency, ''), count(*), coalesce(sum(d.value_amount), 0)
                      from deal d
                     where d.outcome = 'open' and d.organization_id in
                           (select hidden_o.id from organization hidden_o where not coalesce(""")
                    .append(organization.sql()).append(", false)) and ").append(own.sql());
            Map<String, Object> hiddenParams = new HashMap<>(own.params());
            hiddenParams.putAll(organization.params());
            narrow(hidden, hiddenParams, filter, "d", "coalesce(d.value_currency, '')");
            hidden.append(" group by d.stage_id, coalesce(d.value_currency, '')");
            jdbc.sql(hidden.toString()).params(hiddenParams).query((rs, n) -> {
                long[] sum = sums.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new long[2]);
                sum[0] -= rs.getLong(3);
                sum[1] -= rs.getLong(4);
                return null;
            }).list();
        }
        List<StageSum> result = new ArrayList<>();
        sums.forEach((key, sum) -> {
            if (sum[0] > 0) {
                int slash = key.indexOf('/');
                String currency = key.substring(slash + 1);
                result.add(new StageSum(UUID.fromString(key.substring(0, slash)), currency.isEmpty() ? null : currency,
                        sum[0], sum[1]));
            }
        });
        return result;
    }

    private static void narrow(StringBuilder sql, Map<String, Object> params, DealFilter filter, String alias,
            String currency) {
        if (filter.stageId() != null) {
            sql.append(" and ").append(alias).append(".stage_id = :stageId");
            params.put("stageId", filter.stageId());
        }
        if (filter.ownerId() != null) {
            sql.append(" and ").append(alias).append(".owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.currency() != null) {
            sql.append(" and ").append(currency).append(" = :currency");
            params.put("currency", filter.currency());
        }
    }

    /** Counts every open deal again: after a restore, whose backup may come from before the totals were kept. */
    public void recount() {
        jdbc.sql("delete from deal_open_total").update();
        jdbc.sql("""
                insert into deal_open_total (stage_id, value_currency, owner_id, visibility, deals, total)
                select stage_id, coalesce(value_currency, ''), owner_id, visibility, count(*),
                       coalesce(sum(value_amount), 0)
                  from deal
                 where outcome = 'open'
                 group by stage_id, coalesce(value_currency, ''), owner_id, visibility""").update();
    }

    @EventListener
    void on(WorkspaceRestored restored) {
        recount();
    }
}
