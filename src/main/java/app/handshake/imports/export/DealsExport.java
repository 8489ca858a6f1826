package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealSummary;
import app.handshake.deals.Deals;
import app.handshake.people.People;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every deal the actor may see, by name, as spreadsheet-safe CSV with every field: money as integer minor units
 * and its currency (never a rounded decimal), people as "address:role" as the deals import reads them. Only what
 * the deals' own reads show reaches the file: a deal at an organization the actor may not see is not in it, nor
 * is a person on a deal whom the actor may not see.
 */
@Component
public class DealsExport {

    static final List<String> CSV_HEADER = List.of("id", "name", "organization", "organization_id", "stage", "outcome",
            "value_minor_units", "currency", "expected_close", "closed_at", "loss_reason", "outcome_note", "won_by",
            "won_back", "competitor", "people", "people_names", "origin_deal_id", "origin_deal", "follow_on_deals",
            "owner", "visibility", "nurture_every_days", "notes", "last_activity_at", "created_at", "updated_at");

    private final Deals deals;
    private final People people;

    DealsExport(Deals deals, People people) {
        this.deals = deals;
        this.people = people;
    }

    public void csv(Actor actor, Writer out) throws IOException {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(CSV_HEADER);
        Map<UUID, String> addresses = new HashMap<>();
        Cursor after = null;
        while (true) {
            Page<DealSummary> page = deals.list(actor, DealFilter.none(), new PageRequest(after, PageRequest.MAX_LIMIT));
            for (DealSummary summary : page.items()) {
                DealDetails deal = deals.get(actor, summary.id());
                csv.writeRecord(row(deal, addresses, actor).stream().map(SpreadsheetSafe::cell).toList());
            }
            if (page.next() == null) {
                break;
            }
            after = Cursor.decode(page.next());
        }
        csv.flush();
    }

    private List<String> row(DealDetails d, Map<UUID, String> addresses, Actor actor) {
        String people = d.people().stream().map(p -> addresses.computeIfAbsent(p.personId(), id -> address(actor, id, p.name()))
                + ":" + p.role().name()).collect(Collectors.joining("; "));
        String names = d.people().stream().map(p -> p.name() + " (" + p.role().label() + ")")
                .collect(Collectors.joining("; "));
        return Arrays.asList(d.id().toString(), d.name(), d.organizationName(), text(d.organizationId()),
                d.stage().name(), d.outcome().name(), d.value() == null ? null : Long.toString(d.value().amount()),
                d.value() == null ? null : d.value().currency(), text(d.expectedClose()), text(d.closedAt()),
                d.lossReason() == null ? null : d.lossReason().label(), d.outcomeNote(), d.wonBy(),
                Boolean.toString(d.wonBack()), String.join("; ", d.competitors()), people, names,
                d.origin() == null ? null : d.origin().id().toString(), d.origin() == null ? null : d.origin().name(),
                d.followOns().stream().map(DealDetails.Linked::name).collect(Collectors.joining("; ")), d.ownerName(),
                d.visibility().key(), text(d.nurtureEveryDays()), d.notes(), text(d.lastActivityAt()),
                text(d.createdAt()), text(d.updatedAt()));
    }

    /** The person's first address, as the import finds people; their name when they have none. */
    private String address(Actor actor, UUID personId, String name) {
        return people.find(actor, personId).flatMap(p -> p.emails().stream().findFirst().map(e -> e.value()))
                .orElse(name);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
