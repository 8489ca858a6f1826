package app.handshake.accounts;

import app.handshake.shared.Digests;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.Text;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. A token is 32 random bytes, shown once when issued; only its SHA-256 is
 * stored, so a copy of the database lets nobody in. Every request looks the token up again, so a
 * revoked token or a disabled user stops working at once.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "hs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as listed: never the secret itself, only its first characters as a hint. */
    @NullMarked
    public record TokenView(UUID id, String name, String hint, OffsetDateTime createdAt,
            @Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

        public boolean active(OffsetDateTime now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A token just issued: the only time its secret is shown. */
    public record IssuedToken(TokenView token, String secret) {

        @Override
        public String toString() {
            return "IssuedToken[" + token + ", secret=****]";
        }
    }

    public IssuedToken issue(Actor actor, String name, OffsetDateTime expiresAt) {
        String cleanName = Text.trimToNull(name);
        if (cleanName == null) {
            throw new InvalidRequestException("name", "must not be empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidRequestException("expiresAt", "must be in the future");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TokenView token = new TokenView(Ids.newId(clock), cleanName, secret.substring(0, 8) + "…", now, expiresAt,
                null, null);
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, hint, created_at, expires_at)
                values (:id, :user, :name, :hash, :hint, :created, :expires)
                """)
                .param("id", token.id())
                .param("user", actor.userId())
                .param("name", token.name())
                .param("hash", hash(secret))
                .param("hint", token.hint())
                .param("created", now)
                .param("expires", expiresAt)
                .update();
        audit.created(actor.userId(), "api-token", token.id(), "API token " + token.name(),
                java.util.Map.of("name", token.name()));
        return new IssuedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Actor actor) {
        return jdbc.sql("""
                select id, name, hint, created_at, expires_at, last_used_at, revoked_at
                  from api_token where user_id = :user order by created_at desc
                """)
                .param("user", actor.userId())
                .query(TokenView.class)
                .list();
    }

    /** Revokes one of the actor's own tokens; another user's token is not found. */
    public void revoke(Actor actor, UUID tokenId) {
        int updated = jdbc.sql("""
                update api_token set revoked_at = :now
                 where id = :id and user_id = :user and revoked_at is null
                """)
                .param("now", OffsetDateTime.now(clock))
                .param("id", tokenId)
                .param("user", actor.userId())
                .update();
        if (updated == 0 && !ownsToken(actor, tokenId)) {
            throw new RecordNotFoundException("API token", tokenId);
        }
        audit.updated(actor.userId(), "api-token", tokenId, "API token revoked",
                java.util.Map.of("revoked", new AuditTrail.Change(null, "yes")));
    }

    /** The enabled user a presented token belongs to, if the token is known, unexpired and not revoked. */
    // No transaction of its own: one read (and now and then one write) needs none, and a commit is a round trip.
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<UserView> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One query on every API request: the token, its user, and whether the user may still sign in.
        record Match(UUID tokenId, OffsetDateTime lastUsedAt, UserView user) {}
        Optional<Match> match = jdbc.sql("""
                select t.id as token_id, t.last_used_at, %s
                  from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = :hash and t.revoked_at is null
                   and (t.expires_at is null or t.expires_at > :now) and u.enabled = true
                """.formatted(UserRows.COLUMNS))
                .param("hash", hash(presented))
                .param("now", now)
                .query((rs, n) -> new Match(rs.getObject("token_id", UUID.class),
                        rs.getObject("last_used_at", OffsetDateTime.class), UserRows.view(rs)))
                .optional();
        // "Last used" to the minute is enough, and spares a write on almost every request.
        match.filter(m -> m.lastUsedAt() == null || m.lastUsedAt().isBefore(now.minusMinutes(1)))
                .ifPresent(m -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", now).param("id", m.tokenId()).update());
        return match.map(Match::user);
    }

    private boolean ownsToken(Actor actor, UUID tokenId) {
        return jdbc.sql("select count(*) from api_token where id = :id and user_id = :user")
                .param("id", tokenId).param("user", actor.userId()).query(Long.class).single() > 0;
    }

    static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }
}
