package app.handshake.demo;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.partners.AreaDraft;
import app.handshake.partners.AreaKind;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.EndorsementDraft;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerDraft;
import app.handshake.partners.PartnerKind;
import app.handshake.partners.PartnerParts;
import app.handshake.partners.Partners;
import app.handshake.partners.ReferralDirection;
import app.handshake.partners.ReferralDraft;
import app.handshake.partners.ReferralOutcome;
import app.handshake.partners.Referrals;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.OrganizationTier;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDraft;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The tradespeople and firms the demo team and its Minneapolis contacts recommend: two plumbers (a firm in the
 * Twin Cities and a Duluth plumber who covers the state), an electrician and an IT services firm, endorsed by
 * Northwind's people (each known to the team differently well) and by the sales manager, with a referral that went
 * well; so that "plumber near Minneapolis" answers with a ranking and who vouches for each.
 */
@Component
class DemoPartners {

    private static final BigDecimal MINNEAPOLIS_LATITUDE = new BigDecimal("44.9778");
    private static final BigDecimal MINNEAPOLIS_LONGITUDE = new BigDecimal("-93.2650");

    private final Organizations organizations;
    private final People people;
    private final Partners partners;
    private final PartnerParts parts;
    private final Endorsements endorsements;
    private final Referrals referrals;
    private final Clock clock;

    DemoPartners(Organizations organizations, People people, Partners partners, PartnerParts parts,
            Endorsements endorsements, Referrals referrals, Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.partners = partners;
        this.parts = parts;
        this.endorsements = endorsements;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** Answers how many partners it made. */
    int load(DemoDeals.Book book, Actor manager) {
        Actor owner = book.owners().get("Northwind Logistics");
        LocalDate today = LocalDate.now(clock);
        UUID maria = book.people().get("Maria Alvarez");
        UUID jonas = book.people().get("Jonas Lindqvist");
        UUID tom = book.people().get("Tom Becker");
        UUID rachel = book.people().get("Rachel Kim");
        UUID priya = book.people().get("Priya Natarajan");

        PartnerDetails lakeside = company(owner, "Lakeside Plumbing & Heating", "lakesideplumbing.example",
                "Plumbing and boiler firm; call-outs round the clock across the Twin Cities",
                List.of("plumbing", "heating"));
        parts.addArea(owner, lakeside.id(), new AreaDraft(AreaKind.city, "Minneapolis", null, null, null));
        parts.addArea(owner, lakeside.id(), new AreaDraft(AreaKind.city, "St. Paul", null, null, null));
        parts.addArea(owner, lakeside.id(), new AreaDraft(AreaKind.radius, null, MINNEAPOLIS_LATITUDE,
                MINNEAPOLIS_LONGITUDE, 40));
        parts.addCertification(owner, lakeside.id(), new CertificationDraft("Master Plumber",
                "Minnesota Department of Labor and Industry", today.plusYears(2)));
        endorse(owner, lakeside, maria, null, today.minusMonths(3), 5,
                "Had the head office washrooms working again before the morning shift", "plumbing");
        endorse(owner, lakeside, jonas, null, today.minusMonths(14), 4, "Replaced the depot boiler in two days",
                "heating");
        endorse(manager, lakeside, null, manager.userId(), today.minusMonths(8), 5,
                "Fixed my burst pipe on a Sunday and charged a fair price", "plumbing");

        PartnerDetails gus = individual(owner, "Gus Novak", "gus@novakplumbing.example", "+1 218 555 0166",
                new Location("Duluth", "MN", "US", new BigDecimal("46.7867"), new BigDecimal("-92.1005")),
                "Plumber in Duluth who drives anywhere in Minnesota for larger jobs", List.of("plumbing"));
        parts.addArea(owner, gus.id(), new AreaDraft(AreaKind.city, "Duluth", null, null, null));
        parts.addArea(owner, gus.id(), new AreaDraft(AreaKind.region, "MN", null, null, null));
        endorse(owner, gus, tom, null, today.minusYears(2), 4, "Sorted the port's drains when nobody else would come",
                "plumbing");

        PartnerDetails rosa = individual(owner, "Rosa Delgado", "rosa@delgadoelectric.example", "+1 612 555 0117",
                new Location("Minneapolis", "MN", "US", MINNEAPOLIS_LATITUDE, MINNEAPOLIS_LONGITUDE),
                "Licensed electrician; rewires offices over a weekend", List.of("electrical"));
        parts.addArea(owner, rosa.id(), new AreaDraft(AreaKind.city, "Minneapolis", null, null, null));
        parts.addCertification(owner, rosa.id(), new CertificationDraft("Master Electrician",
                "State of Minnesota", today.plusYears(1)));
        endorse(manager, rosa, null, manager.userId(), today.minusMonths(5), 5, "Rewired our office in a weekend",
                "electrical");
        endorse(owner, rosa, maria, null, today.minusMonths(10), 4, null, "electrical");

        PartnerDetails twinCitiesIt = company(owner, "Twin Cities IT", "twincitiesit.example",
                "Managed IT, office networks and CCTV for small firms", List.of("it services", "networking", "security"));
        parts.addArea(owner, twinCitiesIt.id(), new AreaDraft(AreaKind.region, "MN", null, null, null));
        endorse(owner, twinCitiesIt, rachel, null, today.minusMonths(6), 5, "Set up the depot's cameras and VLANs",
                "security");
        endorse(owner, twinCitiesIt, priya, null, today.minusMonths(2), 4, null, "it services");

        referrals.record(owner, new ReferralDraft(lakeside.id(), ReferralDirection.given, jonas, null,
                "a plumber for the St. Paul depot", today.minusMonths(4), ReferralOutcome.delivered_well,
                today.minusMonths(3)));
        return 4;
    }

    private PartnerDetails company(Actor owner, String name, String domain, String description,
            List<String> specialties) {
        UUID organization = organizations.create(owner, new OrganizationDraft(name, domain, "Trades and services",
                OrganizationTier.standard, null, List.of(), Visibility.SHARED)).id();
        PartnerDetails partner = partners.create(owner, new PartnerDraft(organization, null, PartnerKind.company, null,
                description, "https://" + domain));
        return parts.setSpecialties(owner, partner.id(), null, specialties);
    }

    private PartnerDetails individual(Actor owner, String name, String email, String phone, Location location,
            String description, List<String> specialties) {
        UUID person = people.add(owner, new PersonDraft(name, null, null, List.of(new LabelledValue(email, "work")),
                List.of(new LabelledValue(phone, "mobile")), location, null, null, List.of("partner"),
                Visibility.SHARED, null), new Source(Source.Channel.demo, null));
        PartnerDetails partner = partners.create(owner, new PartnerDraft(null, person, PartnerKind.individual, null,
                description, null));
        return parts.setSpecialties(owner, partner.id(), null, specialties);
    }

    private void endorse(Actor recorder, PartnerDetails partner, UUID person, UUID user, LocalDate on, int rating,
            String said, String specialty) {
        UUID specialtyId = partner.specialties().stream().filter(s -> s.name().equalsIgnoreCase(specialty)).findFirst()
                .map(PartnerDetails.SpecialtyName::id).orElse(null);
        endorsements.record(recorder, partner.id(), new EndorsementDraft(person, user, on, said, rating, specialtyId));
    }
}
