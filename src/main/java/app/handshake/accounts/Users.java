package app.handshake.accounts;

import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.EmailAddress;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team: who may sign in, with which role, under which manager. Admins manage it. */
@Service
@Transactional
public class Users {

    static final String KIND = "users";

    private final UserRepository repository;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Users(UserRepository repository, JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who a new user is; the password is the one they sign in with first. */
    public record NewUser(String email, String displayName, Role role, UUID managerId, String password) {

        @Override
        public String toString() {
            return "NewUser[email=" + email + ", displayName=" + displayName + ", role=" + role + ", managerId="
                    + managerId + ", password=****]";
        }
    }

    public UserView create(Actor actor, NewUser request) {
        requireAdmin(actor);
        return insert(actor.userId(), request);
    }

    /** Creates the first admin of an empty workspace, on nobody's behalf. */
    UserView createFirstAdmin(String email, String displayName, String password) {
        return insert(null, new NewUser(email, displayName, Role.admin, null, password));
    }

    private UserView insert(UUID actorId, NewUser request) {
        Passwords.check("password", request.password());
        String email = new EmailAddress(request.email()).value();
        repository.findByEmail(email).ifPresent(existing -> {
            throw new DuplicateRecordException(KIND, existing.id(), "A user with the email " + email + " already exists");
        });
        checkManager(request.managerId());
        UserAccount user = UserAccount.create(Ids.newId(clock), email, request.displayName(),
                request.role() == null ? Role.member : request.role(), request.managerId(),
                passwordEncoder.encode(request.password()), now());
        UserView created = repository.save(user).view();
        audit.created(actorId, "user", created.id(), created.displayName() + " <" + created.email() + ">",
                java.util.Map.of("role", created.role().name()));
        return created;
    }

    /** What an admin may change about a user. */
    public record UserChange(String displayName, Role role, UUID managerId) {}

    public UserView update(Actor actor, UUID id, Long expectedVersion, UserChange change) {
        requireAdmin(actor);
        UserAccount user = load(id);
        if (expectedVersion != null && user.version() != expectedVersion) {
            throw new StaleVersionException("user", expectedVersion, user.version());
        }
        if (id.equals(actor.userId()) && change.role() != Role.admin) {
            throw new ForbiddenException("You cannot take away your own admin role; ask another admin");
        }
        checkManager(change.managerId());
        UserView before = user.view();
        user.rename(change.displayName());
        user.assign(change.role() == null ? user.role() : change.role(), change.managerId(), now());
        UserView after = repository.save(user).view();
        audit.updated(actor.userId(), "user", id, after.displayName(), before, after);
        return after;
    }

    public UserView setEnabled(Actor actor, UUID id, boolean enabled) {
        requireAdmin(actor);
        if (id.equals(actor.userId()) && !enabled) {
            // The workspace would lose the admin doing it, perhaps its last one: another admin must.
            throw new app.handshake.shared.ConflictException("You cannot disable yourself: ask another admin");
        }
        UserAccount user = load(id);
        if (user.enabled() == enabled) {
            return user.view();
        }
        UserView before = user.view();
        user.setEnabled(enabled, now());
        UserView after = repository.save(user).view();
        audit.updated(actor.userId(), "user", id, after.displayName(), before, after);
        if (!enabled) {
            events.publishEvent(new UserDisabled(id));
        }
        return after;
    }

    /**
     * Changes the actor's own password and signs out every other session of theirs.
     *
     * @param keptSessionId the session the change was made in, which stays signed in; null for none
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword, String keptSessionId) {
        UserAccount user = load(actor.userId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "does not match the password you sign in with");
        }
        Passwords.check("newPassword", newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword), now());
        repository.save(user);
        audit.updated(actor.userId(), "user", user.id(), user.displayName(),
                java.util.Map.of("password", new AuditTrail.Change(null, "(changed)")));
        events.publishEvent(new PasswordChanged(user.id(), keptSessionId));
    }

    /** Everyone in the workspace sees the team list: owners of records are named on every page. */
    @Transactional(readOnly = true)
    public List<UserView> list() {
        return repository.findAllByOrderByDisplayName().stream().map(UserAccount::view).toList();
    }

    /** Every user's display name, by id: for figures that name each owner, without reading whole accounts. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames() {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user").query(rs -> {
            names.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        return names;
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return load(id).view();
    }

    /** A user by id; read on every request for the signed-in user, so one plain query. */
    @Transactional(readOnly = true)
    public Optional<UserView> find(UUID id) {
        return jdbc.sql("select " + UserRows.COLUMNS + " from app_user u where u.id = ?").param(id)
                .query((rs, row) -> UserRows.view(rs)).optional();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByEmail(String email) {
        return EmailAddress.isValid(email)
                ? repository.findByEmail(new EmailAddress(email).value()).map(UserAccount::view)
                : Optional.empty();
    }

    /** The stored hash for signing in; stays inside the module. */
    @Transactional(readOnly = true)
    Optional<String> passwordHashOf(UUID id) {
        return repository.findById(id).map(UserAccount::passwordHash);
    }

    private void checkManager(UUID managerId) {
        if (managerId == null) {
            return;
        }
        UserAccount manager = repository.findById(managerId)
                .orElseThrow(() -> new InvalidRequestException("managerId", "no such user"));
        if (manager.role() == Role.member) {
            throw new InvalidRequestException("managerId", manager.displayName() + " is not a manager or admin");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only admins manage users");
        }
    }

    private UserAccount load(UUID id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
