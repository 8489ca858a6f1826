package app.handshake.people;

import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.Ids;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations' door: create, read, change, delete and list organizations with their sites. */
@Service
@Transactional
public class Organizations {

    static final String KIND = "organizations";

    private final OrganizationRepository repository;
    private final OrganizationQueries queries;
    private final Clock clock;

    Organizations(OrganizationRepository repository, OrganizationQueries queries, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.clock = clock;
    }

    public OrganizationDetails create(OrganizationDraft draft) {
        Organization organization = Organization.create(Ids.newId(clock), draft, now());
        refuseDuplicateDomain(organization);
        return details(save(organization));
    }

    @Transactional(readOnly = true)
    public OrganizationDetails get(UUID id) {
        return details(load(id));
    }

    public OrganizationDetails update(UUID id, long expectedVersion, OrganizationDraft draft) {
        Organization organization = load(id);
        requireVersion(organization, expectedVersion);
        organization.apply(draft, now());
        refuseDuplicateDomain(organization);
        return details(save(organization));
    }

    /** Deletes the organization; its people stay, without an organization. */
    public void delete(UUID id, Long expectedVersion) {
        Organization organization = load(id);
        if (expectedVersion != null) {
            requireVersion(organization, expectedVersion);
        }
        repository.delete(organization);
    }

    @Transactional(readOnly = true)
    public Page<OrganizationSummary> search(String text, PageRequest page) {
        String clean = Text.trimToNull(text);
        return queries.search(clean == null ? null : clean.toLowerCase(Locale.ROOT), page);
    }

    private Organization save(Organization organization) {
        try {
            return repository.save(organization);
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException(KIND, null,
                    "Another organization with the domain " + organization.domain() + " was stored at the same moment");
        }
    }

    private void refuseDuplicateDomain(Organization organization) {
        if (organization.domain() == null) {
            return;
        }
        repository.findIdByDomain(organization.domain())
                .filter(owner -> !owner.equals(organization.id()))
                .ifPresent(owner -> {
                    throw new DuplicateRecordException(KIND, owner,
                            "An organization with the domain " + organization.domain() + " already exists");
                });
    }

    private static void requireVersion(Organization organization, long expectedVersion) {
        if (organization.version() != expectedVersion) {
            throw new StaleVersionException("organization", expectedVersion, organization.version());
        }
    }

    private Organization load(UUID id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("organization", id));
    }

    private OrganizationDetails details(Organization o) {
        return new OrganizationDetails(o.id(), o.version(), o.name(), o.domain(), o.industry(), o.tier(), o.notes(),
                o.sites(), queries.peopleCount(o.id()), o.createdAt(), o.updatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
