package app.handshake.people;

import app.handshake.accounts.Visibility;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Location;
import app.handshake.shared.Text;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A company or institution, with its sites. */
@Table("organization")
class Organization {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$");

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID ownerId;
    private String visibility;
    private String name;
    private String sortName;
    private String domain;
    private String industry;
    private OrganizationTier tier;
    private String notes;
    @MappedCollection(idColumn = "organization_id", keyColumn = "ordinal")
    private List<OrganizationSite> sites = new ArrayList<>();
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    Organization() {}

    static Organization create(UUID id, UUID ownerId, OrganizationDraft draft, OffsetDateTime now) {
        Organization organization = new Organization();
        organization.id = id;
        organization.ownerId = ownerId;
        organization.visibility = Visibility.SHARED.key();
        organization.createdAt = now;
        organization.apply(draft, now);
        return organization;
    }

    void apply(OrganizationDraft draft, OffsetDateTime now) {
        String cleanName = Text.trimToNull(draft.name());
        if (cleanName == null) {
            throw new InvalidRequestException("name", "must not be empty");
        }
        this.name = cleanName;
        this.sortName = cleanName.toLowerCase(Locale.ROOT);
        this.domain = normalDomain(draft.domain());
        this.industry = Text.trimToNull(draft.industry());
        this.tier = draft.tier();
        this.notes = Text.trimToNull(draft.notes());
        List<OrganizationSite> newSites = new ArrayList<>();
        for (int i = 0; i < draft.sites().size(); i++) {
            OrganizationDraft.Site site = draft.sites().get(i);
            String siteName = Text.trimToNull(site.name());
            if (siteName == null) {
                throw new InvalidRequestException("sites[" + i + "].name", "must not be empty");
            }
            newSites.add(new OrganizationSite(siteName, site.location().isUnknown() ? null : site.location()));
        }
        this.sites = newSites;
        if (draft.visibility() != null) {
            this.visibility = draft.visibility().key();
        }
        this.updatedAt = now;
    }

    /** "https://www.Acme.com/" and "acme.com" are the same organization. */
    static String normalDomain(String raw) {
        String value = Text.trimToNull(raw);
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int slash = value.indexOf('/');
        if (slash >= 0) {
            value = value.substring(0, slash);
        }
        value = value.replaceFirst(":\\d+$", "");
        try {
            // "bücher.de" is stored as the DNS knows it, "xn--bcher-kva.de".
            value = java.net.IDN.toASCII(value, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("domain", "'" + raw.strip() + "' is not a domain name such as acme.com");
        }
        if (!DOMAIN.matcher(value).matches()) {
            throw new InvalidRequestException("domain", "'" + raw.strip() + "' is not a domain name such as acme.com");
        }
        return value;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    UUID ownerId() {
        return ownerId;
    }

    Visibility visibility() {
        return Visibility.of(visibility);
    }

    String name() {
        return name;
    }

    String domain() {
        return domain;
    }

    String industry() {
        return industry;
    }

    OrganizationTier tier() {
        return tier;
    }

    String notes() {
        return notes;
    }

    List<OrganizationDraft.Site> sites() {
        return sites.stream().map(s -> new OrganizationDraft.Site(s.name(), s.location())).toList();
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }

    record OrganizationSite(String name, @Embedded.Nullable Location location) {}
}
