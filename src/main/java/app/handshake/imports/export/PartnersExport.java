package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.partners.AreaKind;
import app.handshake.partners.Certification;
import app.handshake.partners.Endorsement;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.PartnerSummary;
import app.handshake.partners.Partners;
import app.handshake.partners.ServiceArea;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDetails;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The partners the actor may see, and the endorsements of them the actor may see, as spreadsheet-safe CSV in the
 * columns the partners and endorsements imports read: a partner's organization by name, its person and each endorser
 * by e-mail address (by name when they have none). It reads the partners' own lists with the actor, page by page, so
 * that no partner on a record the reader may not see, and no endorsement by a person they may not see, is written.
 */
@Component
public class PartnersExport {

    static final List<String> PARTNERS_HEADER = List.of("id", "name", "kind", "organization", "person",
            "specialties", "areas", "website", "description", "certifications");
    static final List<String> ENDORSEMENTS_HEADER = List.of("partner", "endorser", "date", "rating", "said",
            "specialty");

    private final Partners partners;
    private final Endorsements endorsements;
    private final Organizations organizations;
    private final People people;
    private final Users users;

    PartnersExport(Partners partners, Endorsements endorsements, Organizations organizations, People people,
            Users users) {
        this.partners = partners;
        this.endorsements = endorsements;
        this.organizations = organizations;
        this.people = people;
        this.users = users;
    }

    public void partnersCsv(Actor actor, Writer out) throws IOException {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(PARTNERS_HEADER);
        eachPartner(actor, summary -> {
            PartnerDetails p = partners.get(actor, summary.id());
            write(csv, Arrays.asList(p.id().toString(), p.name(), p.kind().name(),
                    p.organizationId() == null ? null
                            : organizations.find(actor, p.organizationId()).map(OrganizationSummary::name).orElse(null),
                    p.personId() == null ? null : person(actor, p.personId()),
                    p.specialties().stream().map(PartnerDetails.SpecialtyName::name).collect(Collectors.joining("; ")),
                    p.areas().stream().map(PartnersExport::area).collect(Collectors.joining("; ")),
                    p.website(), p.description(),
                    p.certifications().stream().map(PartnersExport::certification).collect(Collectors.joining("; "))));
        });
        csv.flush();
    }

    public void endorsementsCsv(Actor actor, Writer out) throws IOException {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(ENDORSEMENTS_HEADER);
        eachPartner(actor, partner -> {
            Cursor after = null;
            while (true) {
                Page<Endorsement> page = endorsements.ofPartner(actor, partner.id(),
                        new PageRequest(after, PageRequest.MAX_LIMIT));
                for (Endorsement e : page.items()) {
                    String endorser = e.endorserPersonId() != null ? person(actor, e.endorserPersonId())
                            : users.find(e.endorserUserId()).map(UserView::email).orElse(e.endorserName());
                    write(csv, Arrays.asList(e.partnerName(), endorser, e.endorsedOn().toString(),
                            Integer.toString(e.rating()), e.said(), e.specialtyName()));
                }
                if (page.next() == null) {
                    break;
                }
                after = Cursor.decode(page.next());
            }
        });
        csv.flush();
    }

    private void eachPartner(Actor actor, Consumer<PartnerSummary> each) {
        Cursor after = null;
        while (true) {
            Page<PartnerSummary> page = partners.list(actor, new PartnerFilter(null, null, null),
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            page.items().forEach(each);
            if (page.next() == null) {
                return;
            }
            after = Cursor.decode(page.next());
        }
    }

    /** Their first address finds them again on import; a name only when they have none. */
    private String person(Actor actor, UUID id) {
        PersonDetails person = people.get(actor, id);
        return person.emails().isEmpty() ? person.name() : person.emails().getFirst().value();
    }

    private static String area(ServiceArea a) {
        return a.kind() == AreaKind.radius
                ? "radius:" + a.latitude().stripTrailingZeros().toPlainString() + ","
                        + a.longitude().stripTrailingZeros().toPlainString() + "," + a.radiusKm()
                : a.kind().name() + ":" + a.place();
    }

    private static String certification(Certification c) {
        return c.name() + "|" + Objects.toString(c.issuer(), "") + "|" + Objects.toString(c.expiresOn(), "");
    }

    private static void write(CsvWriter csv, List<String> row) {
        csv.writeRecord(row.stream().map(SpreadsheetSafe::cell).toList());
    }
}
