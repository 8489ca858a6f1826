package app.handshake.deals;

import app.handshake.accounts.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A deal's fields in words, as the audit log keeps them: names, not ids; money as people write it. */
final class DealWords {

    private DealWords() {}

    static Map<String, String> of(DealDetails deal) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("name", deal.name());
        words.put("organization", deal.organizationName());
        words.put("value", deal.value() == null ? null : deal.value().display());
        words.put("stage", deal.stage().name());
        words.put("expectedClose", deal.expectedClose() == null ? null : deal.expectedClose().toString());
        words.put("visibility", deal.visibility().key());
        words.put("people", deal.people().isEmpty() ? null : deal.people().stream()
                .map(p -> p.name() + " (" + p.role().label() + ")").collect(Collectors.joining(", ")));
        words.put("competitors", deal.competitors().isEmpty() ? null : String.join(", ", deal.competitors()));
        words.put("origin", deal.origin() == null ? null : deal.origin().name());
        words.put("nurtureEveryDays", deal.nurtureEveryDays() == null ? null : deal.nurtureEveryDays() + " days");
        words.put("notes", deal.notes());
        return words;
    }

    /** The fields whose words differ, from before to after. */
    static Map<String, AuditTrail.Change> changes(DealDetails before, DealDetails after) {
        Map<String, String> from = of(before);
        Map<String, String> to = of(after);
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        from.forEach((field, value) -> {
            if (!Objects.equals(value, to.get(field))) {
                changes.put(field, new AuditTrail.Change(value, to.get(field)));
            }
        });
        return changes;
    }
}
