package app.handshake.people;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.platform.ReadOnlyTransactionMemo;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations' door: create, read, change, delete and list organizations with their sites, on
 * behalf of an {@link Actor}, under the same visibility rules as people.
 */
@Service
@Transactional
public class Organizations {

    static final String KIND = "organizations";
    private static final String AUDIT_TYPE = "organization";

    private final OrganizationRepository repository;
    private final OrganizationQueries queries;
    private final PersonQueries personQueries;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final SearchTerms searchTerms;
    private final PlaceKeys placeKeys;

    Organizations(OrganizationRepository repository, OrganizationQueries queries, PersonQueries personQueries,
            RecordAccess access, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
            Clock clock, SearchTerms searchTerms, PlaceKeys placeKeys) {
        this.searchTerms = searchTerms;
        this.placeKeys = placeKeys;
        this.events = events;
        this.repository = repository;
        this.queries = queries;
        this.personQueries = personQueries;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public OrganizationDetails create(Actor actor, OrganizationDraft draft) {
        Organization organization = Organization.create(Ids.newId(clock), actor.userId(), draft, now());
        refuseDuplicateDomain(actor, organization);
        OrganizationDetails created = details(actor, save(organization));
        audit.created(actor.userId(), AUDIT_TYPE, created.id(), created.name(),
                Map.of("tier", created.tier().name(), "visibility", created.visibility().key()));
        return created;
    }

    @Transactional(readOnly = true)
    public OrganizationDetails get(Actor actor, UUID id) {
        return details(actor, load(actor, id));
    }

    /**
     * The organizations hidden from the actor (others' private ones; none for an admin), found by the index
     * organization_private. Statements over many rows that point at organizations set these few aside as the rows
     * come, rather than have the database check every row against a subquery: the embedded database runs such a
     * check anew for each row.
     */
    @Transactional(readOnly = true)
    public Set<UUID> hiddenFrom(Actor actor) {
        // Kept for the rest of a read-only transaction: a request over many kinds of rows asks for each kind.
        return actor.isAdmin() ? Set.of() : ReadOnlyTransactionMemo.get("organizations hidden from " + actor,
                () -> Set.copyOf(queries.ids(access.hiddenFilter(actor, "o"))));
    }

    /** The organization as a line of the list, if the actor may see it. */
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> find(Actor actor, UUID id) {
        return repository.findById(id).filter(o -> canRead(actor, o)).map(o -> new OrganizationSummary(o.id(),
                o.name(), o.domain(), o.industry(), o.tier(), o.visibility(), o.sites().size(),
                queries.peopleCount(access.readFilter(actor, "p"), o.id())));
    }

    /** An organization the actor may see with this name, ignoring case, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> idByName(Actor actor, String name) {
        return queries.idByName(access.readFilter(actor, "o"), name);
    }

    public OrganizationDetails update(Actor actor, UUID id, Long expectedVersion, OrganizationDraft draft) {
        Organization organization = load(actor, id);
        if (expectedVersion != null && organization.version() != expectedVersion) {
            throw new StaleVersionException("organization", expectedVersion, organization.version());
        }
        if (draft.visibility() != null && draft.visibility() != organization.visibility()
                && !access.canManage(actor, organization.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin decides who sees this organization");
        }
        OrganizationDetails before = details(actor, organization);
        organization.apply(draft, now());
        refuseDuplicateDomain(actor, organization);
        OrganizationDetails after = details(actor, save(organization));
        audit.updated(actor.userId(), AUDIT_TYPE, id, after.name(),
                AuditTrail.differences(before, after, Set.of("ownerName", "peopleCount")));
        if (after.visibility() != before.visibility()) {
            events.publishEvent(new VisibilityChanged(VisibilityChanged.Kind.organization, id));
        }
        return after;
    }

    /** Deletes the organization; its people stay, without an organization. */
    public void delete(Actor actor, UUID id, Long expectedVersion) {
        Organization organization = load(actor, id);
        if (expectedVersion != null && organization.version() != expectedVersion) {
            throw new StaleVersionException("organization", expectedVersion, organization.version());
        }
        if (!access.canManage(actor, organization.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin may delete this organization");
        }
        repository.delete(organization);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, organization.name());
    }

    @Transactional(readOnly = true)
    public Page<OrganizationSummary> search(Actor actor, String text, PageRequest page) {
        String clean = Text.trimToNull(text);
        return queries.search(access.readFilter(actor, "o"), access.readFilter(actor, "p"),
                clean == null ? null : clean.toLowerCase(Locale.ROOT), page);
    }

    private Organization save(Organization organization) {
        try {
            Organization saved = repository.save(organization);
            searchTerms.index(saved);
            placeKeys.keep(saved);
            return saved;
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException(KIND, null,
                    "Another organization with the domain " + organization.domain() + " was stored at the same moment");
        }
    }

    private void refuseDuplicateDomain(Actor actor, Organization organization) {
        if (organization.domain() == null) {
            return;
        }
        Optional<Organization> holder = repository.findIdByDomain(organization.domain())
                .filter(id -> !id.equals(organization.id()))
                .flatMap(repository::findById);
        if (holder.isPresent()) {
            throw canRead(actor, holder.get())
                    ? new DuplicateRecordException(KIND, holder.get().id(),
                            "An organization with the domain " + organization.domain() + " already exists")
                    : new DuplicateRecordException(KIND, null, "An organization with the domain "
                            + organization.domain() + " already exists, kept private by another user");
        }
    }

    private boolean canRead(Actor actor, Organization organization) {
        return access.canRead(actor, organization.ownerId(), organization.visibility());
    }

    private Organization load(Actor actor, UUID id) {
        return repository.findById(id).filter(o -> canRead(actor, o))
                .orElseThrow(() -> new RecordNotFoundException("organization", id));
    }

    private OrganizationDetails details(Actor actor, Organization o) {
        return new OrganizationDetails(o.id(), o.version(), o.ownerId(), personQueries.userName(o.ownerId()),
                o.visibility(), o.name(), o.domain(), o.industry(), o.tier(), o.notes(), o.sites(),
                queries.peopleCount(access.readFilter(actor, "p"), o.id()), o.createdAt(), o.updatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
