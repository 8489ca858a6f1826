package app.handshake.demo;

import app.handshake.accounts.Actor;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealDraft;
import app.handshake.deals.DealRole;
import app.handshake.deals.Deals;
import app.handshake.deals.LossReason;
import app.handshake.deals.Pipeline;
import app.handshake.deals.PipelineStage;
import app.handshake.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's pipeline: a dozen deals across the stages in three currencies, and each kind of ending the product
 * cares about: a deal lost to a competitor whose decision makers are then nurtured, one won back (lost, reopened,
 * won), one walked away from, and a follow-on deal that came from a won one. Made through the deals' own door, so
 * that every deal has its real history.
 */
@Component
@ConditionalOnBooleanProperty("handshake.demo.enabled")
class DemoDeals {

    private final Deals deals;
    private final Pipeline pipeline;
    private final Clock clock;

    DemoDeals(Deals deals, Pipeline pipeline, Clock clock) {
        this.deals = deals;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** Who is where: the organizations by name with the seller who owns them, and the people by name. */
    record Book(Map<String, UUID> organizations, Map<String, Actor> owners, Map<String, UUID> people) {}

    int load(Book book) {
        int count = 0;
        DealDetails contactCentre = open(book, "Northwind Logistics", "Contact centre, head office", "Negotiation",
                usd(220_000), 0, "Maria Alvarez:decision_maker", "Tom Becker:champion");
        deals.win(owner(book, "Northwind Logistics"), contactCentre.id(), contactCentre.version(),
                "Signed after the site visit in Minneapolis");
        open(book, "Northwind Logistics", "Contact centre, Duluth port", "Discovery", usd(85_000), 60,
                contactCentre.id(), "Jonas Lindqvist:user", "Maria Alvarez:decision_maker");
        open(book, "Northwind Logistics", "IVR for the depots", "Proposal", usd(480_000), 45,
                "Priya Natarajan:influencer", "Rachel Kim:influencer", "Maria Alvarez:decision_maker");
        open(book, "Bluebird Health", "Clinic telephony, four sites", "Negotiation", usd(1_250_000), 30,
                "Dr. Samuel Okafor:decision_maker", "Emily Chen:champion", "Hannah Weiss:influencer");
        count += 4;

        DealDetails migration = open(book, "Copperline Manufacturing", "Telephony migration, both plants", "Proposal",
                gbp(310_000), 20, "Oliver Hughes:decision_maker", "Sophie Turner:champion", "Raj Patel:influencer");
        deals.lose(owner(book, "Copperline Manufacturing"), migration.id(), migration.version(), reason("Price"),
                "Their offer was 20% lower for three years", "Rival Telecom");
        open(book, "Copperline Manufacturing", "Plant 2 handsets", "Qualified", gbp(42_500), 90, "Megan Clarke:user");

        DealDetails documents = open(book, "Harbor & Finch", "Document management", "Negotiation", usd(160_000), 15,
                "Catherine Doyle:decision_maker", "Marcus Reid:champion");
        Actor harbor = owner(book, "Harbor & Finch");
        DealDetails lost = deals.lose(harbor, documents.id(), documents.version(), reason("Timing"),
                "Chose to wait a year", "Lexis Docs");
        DealDetails reopened = deals.reopen(harbor, lost.id(), lost.version(), null);
        deals.win(harbor, reopened.id(), reopened.version(), "Their chosen vendor missed the go-live");
        count += 3;

        DealDetails video = open(book, "Keystone Bank", "Video banking in branches", "Discovery", usd(600_000), 120,
                "Robert Sinclair:decision_maker", "Julia Novak:champion");
        deals.walkAway(owner(book, "Keystone Bank"), video.id(), video.version(),
                "Their security requirements need on-premise hosting, which we do not offer");
        open(book, "Alpine Retail Group", "Store Wi-Fi, four stores", "Discovery", eur(340_000), 75,
                "Lukas Meier:decision_maker", "Chiara Rossi:champion");
        open(book, "Lumen Labs", "Developer seats", "Proposal", eur(48_000), 14, "Katrin Vogel:decision_maker",
                "Mehmet Yilmaz:champion");
        open(book, "Sundial Energy", "Field service app", "Qualified", usd(95_000), 100,
                "Isabel Moreno:decision_maker", "Kevin O'Brien:champion");
        open(book, "Prairie Electric Co-op", "Outage notifications", "Negotiation", usd(130_000), 10,
                "Dale Johnson:decision_maker", "Karen Olson:champion", "Mia Larson:influencer");
        open(book, "Meridian Hotels", "Guest messaging", "Qualified", usd(210_000), 150,
                "Victoria Lane:decision_maker", "Andre Williams:champion");
        count += 6;
        return count;
    }

    private DealDetails open(Book book, String company, String name, String stage, Money value, int closingInDays,
            String... people) {
        return open(book, company, name, stage, value, closingInDays, null, people);
    }

    private DealDetails open(Book book, String company, String name, String stage, Money value, int closingInDays,
            UUID origin, String... people) {
        List<DealDraft.Participant> participants = new ArrayList<>();
        for (String person : people) {
            String[] nameAndRole = person.split(":");
            participants.add(new DealDraft.Participant(book.people().get(nameAndRole[0]),
                    DealRole.valueOf(nameAndRole[1])));
        }
        LocalDate close = LocalDate.now(clock).plusDays(closingInDays);
        return deals.create(owner(book, company), new DealDraft(name, book.organizations().get(company), value,
                stage(stage), close, null, participants, null, origin, null, null));
    }

    private static Actor owner(Book book, String company) {
        return book.owners().get(company);
    }

    private UUID stage(String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).map(PipelineStage::id).findFirst()
                .orElseGet(() -> pipeline.stages().getFirst().id());
    }

    private UUID reason(String label) {
        return pipeline.lossReasons().stream().filter(r -> r.label().equals(label)).map(LossReason::id).findFirst()
                .orElse(null);
    }

    private static Money usd(long dollars) {
        return new Money(dollars * 100, "USD");
    }

    private static Money eur(long euros) {
        return new Money(euros * 100, "EUR");
    }

    private static Money gbp(long pounds) {
        return new Money(pounds * 100, "GBP");
    }
}
