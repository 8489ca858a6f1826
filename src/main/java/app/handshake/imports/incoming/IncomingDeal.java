package app.handshake.imports.incoming;

import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealRole;
import app.handshake.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal from a spreadsheet, as the file names things: its organization, stage and loss reason by name, its
 * people by email address, before they are matched to what the workspace holds. {@code outcomeNote}: why it
 * was lost or walked away from, in words.
 */
public record IncomingDeal(Origin origin, String name, String organization, String stage, Money value,
        LocalDate expectedClose, DealOutcome outcome, String lossReason, String outcomeNote, List<String> competitors,
        List<Participant> people, String notes) implements Incoming {

    public IncomingDeal {
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** A person on the deal by address, in a role. */
    public record Participant(String email, DealRole role) {}
}
