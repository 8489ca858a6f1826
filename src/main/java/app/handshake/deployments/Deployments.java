package app.handshake.deployments;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Visibility;
import app.handshake.people.Organizations;
import app.handshake.shared.Cursor;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployments' door: open, read, change and delete deployments on behalf of an {@link Actor}, list them with
 * their health, and keep the workspace's rule of active use.
 */
@Service
@Transactional
public class Deployments {

    static final String AUDIT_TYPE = "deployment";

    private final DeploymentStore store;
    private final DeploymentAccess access;
    private final DeploymentReader reader;
    private final DeploymentSettingsStore settings;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    Deployments(DeploymentStore store, DeploymentAccess access, DeploymentReader reader, DeploymentSettingsStore settings,
            Organizations organizations, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.reader = reader;
        this.settings = settings;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The deployments the actor may see, as a condition on alias {@code dp}: for reads of one or a page of them. */
    public SqlFilter readFilter(Actor actor) {
        return access.readFilter(actor);
    }

    /** The same deployments as {@link #readFilter}, for statements that count or read many of them at once. */
    public SqlFilter readFilterForMany(Actor actor) {
        return access.readFilterForMany(actor);
    }

    /**
     * The same deployments, for statements over many of them (alias {@code dp}): the rule checked per row, and the
     * hidden records whose rows, by the deployment's organization or its deal, the caller sets aside.
     */
    public ManyRowsFilter readFilterForManyRows(Actor actor) {
        return access.readFilterForManyRows(actor);
    }

    public DeploymentDetails create(Actor actor, DeploymentDraft draft) {
        String name = name(draft.name());
        if (draft.organizationId() != null) {
            organizations.get(actor, draft.organizationId());
        }
        UUID id = Ids.newId(clock);
        Visibility visibility = draft.visibility() == null ? Visibility.SHARED : draft.visibility();
        store.insert(id, name, null, draft.organizationId(), actor.userId(), visibility.key(),
                draft.startedOn() == null ? LocalDate.now(clock) : draft.startedOn(), notes(draft.notes()), now());
        audit.created(actor.userId(), AUDIT_TYPE, id, name, Map.of("name", name, "visibility", visibility.key()));
        return get(actor, id);
    }

    /**
     * Opens the deployment of a won deal, once: a deal won again after a reopening keeps the one it had. Answers its
     * id.
     */
    UUID startFor(UUID dealId, String dealName, @Nullable UUID organizationId, UUID ownerId, Visibility visibility,
            LocalDate wonOn) {
        return store.byDeal(dealId).orElseGet(() -> {
            UUID id = Ids.newId(clock);
            store.insert(id, dealName, dealId, organizationId, ownerId, visibility.key(), wonOn, null, now());
            audit.created(ownerId, AUDIT_TYPE, id, dealName, Map.of("name", dealName, "deal", dealId.toString()));
            return id;
        });
    }

    @Transactional(readOnly = true)
    public DeploymentDetails get(Actor actor, UUID id) {
        return reader.details(actor, access.read(actor, id), settings.read(), LocalDate.now(clock));
    }

    /** The deployments the actor may see, by name, each with its health. */
    @Transactional(readOnly = true)
    public Page<DeploymentSummary> list(Actor actor, DeploymentFilter filter, PageRequest page) {
        SqlFilter visible = access.readFilter(actor);
        DeploymentStore.Filter stored = new DeploymentStore.Filter(filter.organizationId(), filter.ownerId(),
                filter.dealId(), filter.inActiveUse(), Text.trimToNull(filter.text()));
        DeploymentSettings rule = settings.read();
        LocalDate today = LocalDate.now(clock);
        if (filter.health() == null) {
            Page<DeploymentStore.Head> heads = store.list(visible, stored, page);
            return new Page<>(reader.summaries(heads.items(), rule, today), heads.next());
        }
        // Health is worked out here, not in SQL: read on in chunks until the page is full, so that a page is short
        // only when it is the last one.
        List<DeploymentSummary> found = new ArrayList<>();
        Cursor last = null;
        PageRequest chunk = new PageRequest(page.after(), PageRequest.MAX_LIMIT);
        while (true) {
            Page<DeploymentStore.Head> heads = store.list(visible, stored, chunk);
            List<DeploymentSummary> summaries = reader.summaries(heads.items(), rule, today);
            for (int i = 0; i < summaries.size(); i++) {
                if (summaries.get(i).health() != filter.health()) {
                    continue;
                }
                if (found.size() == page.limit()) {
                    return new Page<>(found, last.encode());
                }
                found.add(summaries.get(i));
                last = new Cursor(heads.items().get(i).sortName(), heads.items().get(i).id());
            }
            if (heads.next() == null) {
                return new Page<>(found, null);
            }
            chunk = new PageRequest(Cursor.decode(heads.next()), PageRequest.MAX_LIMIT);
        }
    }

    /**
     * The visible deployments of these owners (every visible one when null) that are at risk or stalled, with the
     * reasons: for the advisor and Today.
     */
    @Transactional(readOnly = true)
    public List<DeploymentSummary> needingAttention(Actor actor, @Nullable Collection<UUID> owners) {
        return reader.summaries(store.ofOwners(access.readFilter(actor), owners), settings.read(),
                LocalDate.now(clock)).stream().filter(s -> s.health() != Health.ON_TRACK).toList();
    }

    /** The owner of a deployment the actor may see. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> ownerOf(Actor actor, UUID id) {
        return store.head(id, access.readFilter(actor)).map(DeploymentStore.Head::ownerId);
    }

    /** The people on the customer's side of a deployment that the actor may see: its sites' contacts. */
    @Transactional(readOnly = true)
    public List<DeploymentDetails> withContacts(Actor actor, List<DeploymentSummary> summaries) {
        return summaries.stream().map(s -> get(actor, s.id())).toList();
    }

    public DeploymentDetails update(Actor actor, UUID id, @Nullable Long expectedVersion, DeploymentDraft draft) {
        DeploymentStore.Head head = access.write(actor, id, expectedVersion);
        Visibility visibility = draft.visibility() == null ? Visibility.of(head.visibility()) : draft.visibility();
        if (visibility != Visibility.of(head.visibility()) && !access.canManage(actor, head.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin decides who sees this deployment");
        }
        if (draft.organizationId() != null && !draft.organizationId().equals(head.organizationId())) {
            organizations.get(actor, draft.organizationId());
        }
        String name = name(draft.name());
        LocalDate started = draft.startedOn() == null ? head.startedOn() : draft.startedOn();
        if (!store.update(id, head.version(), name, draft.organizationId(), visibility.key(), started,
                notes(draft.notes()), now())) {
            throw new StaleVersionException("deployment", head.version(), head.version() + 1);
        }
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        change(changes, "name", head.name(), name);
        change(changes, "visibility", head.visibility(), visibility.key());
        change(changes, "started", head.startedOn().toString(), started.toString());
        change(changes, "notes", head.notes(), notes(draft.notes()));
        audit.updated(actor.userId(), AUDIT_TYPE, id, name, changes);
        return get(actor, id);
    }

    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        DeploymentStore.Head head = access.write(actor, id, expectedVersion);
        if (!access.canManage(actor, head.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin deletes a deployment");
        }
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, head.name());
    }

    @Transactional(readOnly = true)
    public DeploymentSettings settings() {
        return settings.read();
    }

    private static String name(@Nullable String name) {
        String clean = Text.trimToNull(name);
        if (clean == null) {
            throw new InvalidRequestException("name", "must not be blank");
        }
        if (clean.length() > 200) {
            throw new InvalidRequestException("name", "must be at most 200 characters");
        }
        return clean;
    }

    private static @Nullable String notes(@Nullable String notes) {
        String clean = Text.trimToNull(notes);
        if (clean != null && clean.length() > 10_000) {
            throw new InvalidRequestException("notes", "must be at most 10000 characters");
        }
        return clean;
    }

    private static void change(Map<String, AuditTrail.Change> changes, String field, @Nullable String from,
            @Nullable String to) {
        if (!java.util.Objects.equals(from, to)) {
            changes.put(field, new AuditTrail.Change(from, to));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
