package app.handshake.demo;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.accounts.Visibility;
import app.handshake.cadences.Cadence;
import app.handshake.cadences.CadenceRule;
import app.handshake.cadences.Cadences;
import app.handshake.people.OrganizationDetails;
import app.handshake.people.PersonDetails;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDraft;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.PersonSearch;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import app.handshake.shared.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty workspace with a small team, a dozen organizations and their people, so that a
 * newcomer sees a working product at once. Runs only when {@code handshake.demo.enabled} is set (the
 * {@code demo} profile that {@code ./mvnw spring-boot:run} uses), after the first admin exists, and only
 * on a workspace with neither people nor organizations.
 */
@Component
@ConditionalOnBooleanProperty("handshake.demo.enabled")
class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String PASSWORD = "handshake-demo";

    private final Users users;
    private final Organizations organizations;
    private final People people;
    private final Touchpoints touchpoints;
    private final Cadences cadences;
    private final DemoDeals deals;
    private final DemoDeployments deployments;
    private final DemoPartners partners;
    private final Clock clock;

    DemoWorkspace(Users users, Organizations organizations, People people, Touchpoints touchpoints, Cadences cadences,
            DemoDeals deals, DemoDeployments deployments, DemoPartners partners, Clock clock) {
        this.deployments = deployments;
        this.partners = partners;
        this.users = users;
        this.organizations = organizations;
        this.people = people;
        this.touchpoints = touchpoints;
        this.cadences = cadences;
        this.deals = deals;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        Actor admin = users.list().stream().filter(u -> u.role() == Role.admin && u.enabled()).findFirst()
                .map(UserView::actor).orElseThrow(() -> new IllegalStateException("The demo needs an admin"));
        if (!organizations.search(admin, null, PageRequest.first(1)).items().isEmpty()
                || !people.search(admin, PersonSearch.EVERYONE, PageRequest.first(1)).items().isEmpty()) {
            return;
        }
        List<Actor> team = team(admin);
        int count = 0;
        DemoDeals.Book book = new DemoDeals.Book(new java.util.HashMap<>(), new java.util.HashMap<>(),
                new java.util.HashMap<>());
        for (int c = 0; c < DemoData.COMPANIES.size(); c++) {
            DemoData.Company company = DemoData.COMPANIES.get(c);
            Actor owner = team.get(c % team.size());
            OrganizationDetails organization = organizations.create(owner, new OrganizationDraft(company.name(),
                    company.domain(), company.industry(), company.tier(), null, company.sites().stream()
                            .map(site -> new OrganizationDraft.Site(site.name(), site.location())).toList(),
                    Visibility.SHARED));
            book.organizations().put(company.name(), organization.id());
            book.owners().put(company.name(), owner);
            for (DemoData.Contact contact : company.contacts()) {
                PersonDetails person = people.create(owner, draft(contact, organization, company),
                        new Source(Source.Channel.demo, null));
                book.people().put(contact.name(), person.id());
                history(owner, person.id(), organization.id(), count);
                if (contact.tags().contains("decision-maker") || contact.tags().contains("champion")) {
                    cadences.set(owner, person.id(), null, new Cadence(contact.tags().contains("champion") ? 21 : 30, null, null));
                }
                count++;
            }
        }
        cadences.addRule(team.getLast(), CadenceRule.Kind.organization_tier, "strategic", 45, null);
        int dealCount = deals.load(book);
        int deploymentCount = deployments.load(book);
        int partnerCount = partners.load(book, team.getFirst());
        log.info("Loaded the demo workspace: {} users, {} organizations, {} people, {} deals, {} deployments, {}"
                + " partners. Sign in as any of them with the password '{}'.", team.size(), DemoData.COMPANIES.size(),
                count, dealCount, deploymentCount, partnerCount, PASSWORD);
    }

    /**
     * The documented team: an admin, a sales manager and her two sellers, each signing in with
     * {@link #PASSWORD}. The demo admin is made here too when the first admin is someone else (the packaged
     * jar started with {@code HANDSHAKE_DEMO_ENABLED=true}), so that every account the README lists works
     * however the demo was started; accounts that exist already are kept as they are.
     */
    private List<Actor> team(Actor firstAdmin) {
        Actor admin = member(firstAdmin, "admin@demo.example", "Alex Admin", Role.admin, null);
        Actor maya = member(firstAdmin, "maya@demo.example", "Maya Patel", Role.manager, null);
        Actor sam = member(firstAdmin, "sam@demo.example", "Sam Rivera", Role.member, maya.userId());
        Actor lee = member(firstAdmin, "lee@demo.example", "Lee Chen", Role.member, maya.userId());
        return List.of(maya, sam, lee, admin);
    }

    private Actor member(Actor firstAdmin, String email, String name, Role role, UUID managerId) {
        return users.findByEmail(email)
                .orElseGet(() -> users.create(firstAdmin, new Users.NewUser(email, name, role, managerId, PASSWORD)))
                .actor();
    }

    /** A believable past: a few touchpoints over the last year, different for each person but the same every run. */
    private void history(Actor owner, UUID personId, UUID organizationId, int seed) {
        Random random = new Random(seed * 7919L);
        Channel[] channels = {Channel.email, Channel.email, Channel.phone, Channel.video, Channel.in_person, Channel.meal,
                Channel.message};
        int touches = seed % 7 == 0 ? 0 : 1 + random.nextInt(8);
        OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
        for (int i = 0; i < touches; i++) {
            Channel channel = channels[random.nextInt(channels.length)];
            touchpoints.log(owner, new TouchpointDraft(channel, random.nextInt(3) == 0 ? Initiator.them : Initiator.us,
                    now.minusDays(3 + random.nextInt(360)).minusMinutes(random.nextInt(600)),
                    channel == Channel.email ? null : 15 + random.nextInt(90),
                    random.nextInt(5) == 0 ? Topic.personal : Topic.business, null, null, organizationId,
                    List.of(personId), List.of(owner.userId()), Visibility.SHARED), "demo", null);
        }
    }

    private static PersonDraft draft(DemoData.Contact contact, OrganizationDetails organization,
            DemoData.Company company) {
        String local = contact.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.');
        Location location = company.sites().getFirst().location();
        return new PersonDraft(contact.name(), contact.title(), organization.id(),
                List.of(new LabelledValue(local + "@" + company.domain(), "work")),
                List.of(new LabelledValue(contact.phone(), "work")), location, contact.birthday(), contact.notes(),
                contact.tags(), contact.tags().contains("private") ? Visibility.PRIVATE : Visibility.SHARED,
                contact.privateNote());
    }

    static Location place(String city, String region, String country, double latitude, double longitude) {
        return new Location(city, region, country, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    static LocalDate birthday(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
