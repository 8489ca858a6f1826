package app.handshake.deals;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Users;
import app.handshake.shared.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts a person plays on open deals, for rules that give cadences by deal. Only deals the one to be
 * reminded may see count: a colleague's private deal never puts a person on someone's Today.
 */
@Service
@Transactional(readOnly = true)
public class DealStakes {

    private final Deals deals;
    private final Users users;
    private final JdbcClient jdbc;

    DealStakes(Deals deals, Users users, JdbcClient jdbc) {
        this.deals = deals;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A person's part on one open deal, with the deal's value (null: none given). */
    public record Stake(UUID dealId, DealRole role, @Nullable Money value) {}

    /** The person's parts on the open deals that {@code readerId} may see; none for a reader who is gone. */
    public List<Stake> openFor(UUID personId, UUID readerId) {
        return users.find(readerId).map(reader -> {
            SqlFilter visible = deals.readFilter(reader.actor());
            return jdbc.sql("select d.id, dp.role, d.value_amount, d.value_currency from deal_person dp"
                            + " join deal d on d.id = dp.deal_id"
                            + " where dp.person_id = :person and d.outcome = 'open' and " + visible.sql())
                    .params(visible.params()).param("person", personId)
                    .query((rs, n) -> new Stake(rs.getObject("id", UUID.class), DealRole.valueOf(rs.getString("role")),
                            rs.getObject("value_amount") == null ? null
                                    : new Money(rs.getLong("value_amount"), rs.getString("value_currency"))))
                    .list();
        }).orElse(List.of());
    }
}
