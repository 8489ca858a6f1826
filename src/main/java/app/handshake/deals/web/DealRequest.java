package app.handshake.deals.web;

import app.handshake.accounts.Visibility;
import app.handshake.deals.DealDraft;
import app.handshake.deals.DealRole;
import app.handshake.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT /api/deals: what a user may write. No owner, outcome or history: those change only
 * through the deal's own transitions, and a body naming them is refused (unknown fields are refused).
 */
record DealRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable UUID organizationId,
        @Valid @Nullable MoneyRequest value,
        @Nullable UUID stageId,
        @Nullable LocalDate expectedClose,
        @Nullable Visibility visibility,
        @Size(max = 200) @Nullable List<@NotNull @Valid Participant> people,
        @Size(max = 20) @Nullable List<@NotBlank @Size(max = 200) String> competitors,
        @Nullable UUID originDealId,
        @Min(1) @Max(3650) @Nullable Integer nurtureEveryDays,
        @Size(max = 10000) @Nullable String notes) {

    /** Money as integer minor units of an ISO 4217 currency: {"amount": 250000000, "currency": "GBP"}. */
    @NullMarked
    record MoneyRequest(@NotNull @PositiveOrZero Long amount, @NotBlank @Size(min = 3, max = 3) String currency) {
        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    @NullMarked
    record Participant(@NotNull UUID personId, @NotNull DealRole role) {}

    DealDraft toDraft() {
        return new DealDraft(name, organizationId, value == null ? null : value.toMoney(), stageId, expectedClose,
                visibility, people == null ? null
                        : people.stream().map(p -> new DealDraft.Participant(p.personId(), p.role())).toList(),
                competitors, originDealId, nurtureEveryDays, notes);
    }
}
