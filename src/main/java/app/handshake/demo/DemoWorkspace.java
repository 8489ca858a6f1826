package app.handshake.demo;

import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonDraft;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import app.handshake.shared.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Fills an empty workspace with a dozen organizations and their people, so that a newcomer sees a
 * working product at once. Runs only when {@code handshake.demo.enabled} is set (the {@code demo}
 * profile that {@code ./mvnw spring-boot:run} uses) and only on a workspace with no organizations.
 */
@Component
@ConditionalOnBooleanProperty("handshake.demo.enabled")
class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final Organizations organizations;
    private final People people;

    DemoWorkspace(Organizations organizations, People people) {
        this.organizations = organizations;
        this.people = people;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (!organizations.search(null, PageRequest.first(1)).items().isEmpty()) {
            return;
        }
        int count = 0;
        for (DemoData.Company company : DemoData.COMPANIES) {
            OrganizationDetails organization = organizations.create(new OrganizationDraft(company.name(),
                    company.domain(), company.industry(), company.tier(), null, company.sites().stream()
                            .map(site -> new OrganizationDraft.Site(site.name(), site.location())).toList()));
            for (DemoData.Contact contact : company.contacts()) {
                people.create(draft(contact, organization, company), new Source(Source.Channel.demo, null));
                count++;
            }
        }
        log.info("Loaded the demo workspace: {} organizations, {} people.", DemoData.COMPANIES.size(), count);
    }

    private static PersonDraft draft(DemoData.Contact contact, OrganizationDetails organization,
            DemoData.Company company) {
        String local = contact.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.');
        List<LabelledValue> emails = new ArrayList<>();
        emails.add(new LabelledValue(local + "@" + company.domain(), "work"));
        Location location = company.sites().getFirst().location();
        return new PersonDraft(contact.name(), contact.title(), organization.id(), emails,
                List.of(new LabelledValue(contact.phone(), "work")), location, contact.birthday(), contact.notes(),
                contact.tags());
    }

    static Location place(String city, String region, String country, double latitude, double longitude) {
        return new Location(city, region, country, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    static LocalDate birthday(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
