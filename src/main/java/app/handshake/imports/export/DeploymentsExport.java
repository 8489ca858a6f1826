package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.DeploymentSummary;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.HealthReason;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every deployment the actor may see, by name, as spreadsheet-safe CSV: whose, where, since when in active use,
 * its sites and how many of them are in active use, and its health with the reasons. It reads the deployments' own
 * list page by page with the actor, so that a private deal's deployment stays out of the file of whoever may not
 * see the deal.
 */
@Component
public class DeploymentsExport {

    static final List<String> CSV_HEADER = List.of("id", "name", "organization", "owner", "started",
            "in_active_use_since", "sites", "sites_in_active_use", "health", "health_reasons");

    private final Deployments deployments;

    DeploymentsExport(Deployments deployments) {
        this.deployments = deployments;
    }

    public void csv(Actor actor, Writer out) throws IOException {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(CSV_HEADER);
        Cursor after = null;
        while (true) {
            Page<DeploymentSummary> page = deployments.list(actor, DeploymentFilter.none(),
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            for (DeploymentSummary deployment : page.items()) {
                csv.writeRecord(row(deployment).stream().map(SpreadsheetSafe::cell).toList());
            }
            if (page.next() == null) {
                break;
            }
            after = Cursor.decode(page.next());
        }
        csv.flush();
    }

    private static List<String> row(DeploymentSummary d) {
        return Arrays.asList(d.id().toString(), d.name(), d.organizationName(), d.ownerName(), d.startedOn().toString(),
                Objects.toString(d.activeSince(), null), Integer.toString(d.sites()),
                Integer.toString(d.sitesInActiveUse()), d.health().label(),
                d.reasons().stream().map(HealthReason::text).collect(Collectors.joining("; ")));
    }
}
