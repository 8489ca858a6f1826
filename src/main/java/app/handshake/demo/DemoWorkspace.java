package app.handshake.demo;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.accounts.Visibility;
import app.handshake.people.OrganizationDetails;
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

    DemoWorkspace(Users users, Organizations organizations, People people) {
        this.users = users;
        this.organizations = organizations;
        this.people = people;
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
        for (int c = 0; c < DemoData.COMPANIES.size(); c++) {
            DemoData.Company company = DemoData.COMPANIES.get(c);
            Actor owner = team.get(c % team.size());
            OrganizationDetails organization = organizations.create(owner, new OrganizationDraft(company.name(),
                    company.domain(), company.industry(), company.tier(), null, company.sites().stream()
                            .map(site -> new OrganizationDraft.Site(site.name(), site.location())).toList(),
                    Visibility.SHARED));
            for (DemoData.Contact contact : company.contacts()) {
                people.create(owner, draft(contact, organization, company), new Source(Source.Channel.demo, null));
                count++;
            }
        }
        log.info("Loaded the demo workspace: {} users, {} organizations, {} people. Sign in as any of them with "
                + "the password '{}'.", team.size(), DemoData.COMPANIES.size(), count, PASSWORD);
    }

    /** The admin, a sales manager and her two sellers. */
    private List<Actor> team(Actor admin) {
        UserView maya = users.create(admin, new Users.NewUser("maya@demo.example", "Maya Patel", Role.manager, null,
                PASSWORD));
        UserView sam = users.create(admin, new Users.NewUser("sam@demo.example", "Sam Rivera", Role.member, maya.id(),
                PASSWORD));
        UserView lee = users.create(admin, new Users.NewUser("lee@demo.example", "Lee Chen", Role.member, maya.id(),
                PASSWORD));
        return List.of(maya.actor(), sam.actor(), lee.actor(), admin);
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
