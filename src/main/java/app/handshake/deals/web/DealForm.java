package app.handshake.deals.web;

import app.handshake.accounts.Visibility;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealDraft;
import app.handshake.deals.DealRole;
import app.handshake.shared.Money;
import app.handshake.shared.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The deal form: the value as major units and a currency, people chosen per role (one picker each), competitors
 * one a line. Owner, outcome and history are not on it: only the deal's own transitions change them.
 */
record DealForm(
        @NotBlank @Size(max = 200) String name,
        UUID organizationId,
        @Size(max = 40) String amount,
        @Size(max = 3) String currency,
        UUID stageId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedClose,
        List<UUID> decisionMakers,
        List<UUID> champions,
        List<UUID> influencers,
        List<UUID> users,
        List<UUID> blockers,
        @Size(max = 5000) String competitors,
        UUID originDealId,
        @Min(1) @Max(3650) Integer nurtureEveryDays,
        @Size(max = 10000) String notes,
        String visibility,
        Long version) {

    /** The form field of each role's picker. */
    static String fieldOf(DealRole role) {
        return switch (role) {
            case decision_maker -> "decisionMakers";
            case champion -> "champions";
            case influencer -> "influencers";
            case user -> "users";
            case blocker -> "blockers";
        };
    }

    static DealForm empty(UUID organizationId, UUID originDealId, String currency) {
        return new DealForm(null, organizationId, null, currency, null, null, null, null, null, null, null, null,
                originDealId, null, null, Visibility.SHARED.key(), null);
    }

    static DealForm of(DealDetails deal) {
        return new DealForm(deal.name(), deal.organizationId(), deal.value() == null ? null : MoneyText.format(deal.value()),
                deal.value() == null ? null : deal.value().currency(), deal.stage().id(), deal.expectedClose(),
                ids(deal, DealRole.decision_maker), ids(deal, DealRole.champion), ids(deal, DealRole.influencer),
                ids(deal, DealRole.user), ids(deal, DealRole.blocker), String.join("\n", deal.competitors()),
                deal.origin() == null ? null : deal.origin().id(), deal.nurtureEveryDays(), deal.notes(),
                deal.visibility().key(), deal.version());
    }

    private static List<UUID> ids(DealDetails deal, DealRole role) {
        return deal.people().stream().filter(p -> p.role() == role).map(DealDetails.Person::personId).toList();
    }

    /** The people chosen for a role on this form. */
    List<UUID> chosen(DealRole role) {
        List<UUID> ids = switch (role) {
            case decision_maker -> decisionMakers;
            case champion -> champions;
            case influencer -> influencers;
            case user -> users;
            case blocker -> blockers;
        };
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    DealDraft toDraft() {
        Money value = Text.trimToNull(amount) == null ? null : MoneyText.parse(amount, currency);
        List<DealDraft.Participant> people = new ArrayList<>();
        for (DealRole role : DealRole.values()) {
            chosen(role).forEach(id -> people.add(new DealDraft.Participant(id, role)));
        }
        List<String> named = competitors == null ? List.of()
                : Arrays.stream(competitors.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new DealDraft(name, organizationId, value, stageId, expectedClose, Visibility.of(visibility), people,
                named, originDealId, nurtureEveryDays, Text.trimToNull(notes));
    }
}
