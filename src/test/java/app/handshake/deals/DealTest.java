package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.InvalidTransitionException;
import app.handshake.shared.Money;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The life of a deal, without Spring: every allowed and refused transition, and a reopening keeps history. */
class DealTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID SELLER = UUID.randomUUID();
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();
    private static final UUID PRICE = UUID.randomUUID();

    private static Deal aDeal() {
        UUID decider = UUID.randomUUID();
        UUID champion = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        return Deal.open(UUID.randomUUID(), SELLER, FIRST, new DealDraft("IVR for 8 sites", UUID.randomUUID(),
                new Money(250_000_000L, "gbp"), null, null, null,
                List.of(new DealDraft.Participant(decider, DealRole.decision_maker),
                        new DealDraft.Participant(champion, DealRole.champion),
                        new DealDraft.Participant(user, DealRole.user)),
                List.of("Rival Inc", " rival inc ", ""), null, null, null), T0);
    }

    @Test
    void anOpenDealMovesBetweenStagesAndAMoveToItsOwnStageIsNone() {
        Deal deal = aDeal();
        DealEvent moved = deal.moveTo(SECOND, SELLER, T0.plusDays(3));
        assertThat(moved.kind()).isEqualTo(DealEvent.Kind.moved);
        assertThat(moved.fromStageId()).isEqualTo(FIRST);
        assertThat(moved.toStageId()).isEqualTo(SECOND);
        assertThat(deal.stageId()).isEqualTo(SECOND);
        assertThat(deal.lastActivityAt()).isEqualTo(T0.plusDays(3));
        assertThat(deal.moveTo(SECOND, SELLER, T0.plusDays(4))).isNull();
        assertThat(deal.value()).isEqualTo(new Money(250_000_000L, "GBP"));
        assertThat(deal.competitors()).containsExactly("Rival Inc");
    }

    @Test
    void anOpenDealIsWonLostOrWalkedAwayFrom() {
        Deal won = aDeal();
        assertThat(won.win(SELLER, T0.plusDays(1), "signed").kind()).isEqualTo(DealEvent.Kind.won);
        assertThat(won.outcome()).isEqualTo(DealOutcome.won);
        assertThat(won.closedAt()).isEqualTo(T0.plusDays(1));
        assertThat(won.wonBack()).isFalse();

        Deal lost = aDeal();
        DealEvent loss = lost.lose(SELLER, T0.plusDays(2), PRICE, "their budget halved", "Rival Inc");
        assertThat(loss.kind()).isEqualTo(DealEvent.Kind.lost);
        assertThat(loss.competitor()).isEqualTo("Rival Inc");
        assertThat(lost.outcome()).isEqualTo(DealOutcome.lost);
        assertThat(lost.lossReasonId()).isEqualTo(PRICE);
        assertThat(lost.wonBy()).isEqualTo("Rival Inc");
        assertThat(lost.nurtured()).hasSize(2);

        Deal walked = aDeal();
        assertThat(walked.walkAway(SELLER, T0.plusDays(3), "no budget, no sponsor").kind())
                .isEqualTo(DealEvent.Kind.walked_away);
        assertThat(walked.outcome()).isEqualTo(DealOutcome.walked_away);
        assertThat(walked.outcomeNote()).isEqualTo("no budget, no sponsor");
    }

    @Test
    void aLossNeedsAReasonAndAWalkAwayToo() {
        Deal deal = aDeal();
        assertThatThrownBy(() -> deal.lose(SELLER, T0, null, "  ", "Rival Inc"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> deal.walkAway(SELLER, T0, null)).isInstanceOf(InvalidRequestException.class);
        assertThat(deal.outcome()).isEqualTo(DealOutcome.open);
        assertThat(deal.closedAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = DealOutcome.class, names = {"won", "lost", "walked_away"})
    void aClosedDealRefusesEveryTransitionButReopenAndChangesNothing(DealOutcome outcome) {
        List<Consumer<Deal>> refused = List.of(
                d -> d.win(SELLER, T0.plusDays(9), null),
                d -> d.lose(SELLER, T0.plusDays(9), PRICE, null, null),
                d -> d.walkAway(SELLER, T0.plusDays(9), "again"),
                d -> d.moveTo(SECOND, SELLER, T0.plusDays(9)));
        for (Consumer<Deal> transition : refused) {
            Deal deal = closed(outcome);
            OffsetDateTime closedAt = deal.closedAt();
            assertThatThrownBy(() -> transition.accept(deal)).isInstanceOf(InvalidTransitionException.class)
                    .hasMessageContaining("reopen it first");
            assertThat(deal.outcome()).isEqualTo(outcome);
            assertThat(deal.closedAt()).isEqualTo(closedAt);
            assertThat(deal.stageId()).isEqualTo(FIRST);
        }
        Deal deal = closed(outcome);
        DealEvent reopened = deal.reopen(SELLER, T0.plusDays(10), null);
        assertThat(reopened.kind()).isEqualTo(DealEvent.Kind.reopened);
        assertThat(reopened.reason()).isEqualTo("was " + outcome.label());
        assertThat(deal.outcome()).isEqualTo(DealOutcome.open);
        assertThat(deal.closedAt()).isNull();
    }

    @Test
    void anOpenDealCannotBeReopened() {
        Deal deal = aDeal();
        assertThatThrownBy(() -> deal.reopen(SELLER, T0, null)).isInstanceOf(InvalidTransitionException.class);
        assertThat(deal.outcome()).isEqualTo(DealOutcome.open);
    }

    @Test
    void aLostDealReopenedAndWonIsWonBackInTheStageItReopenedIn() {
        Deal deal = aDeal();
        deal.lose(SELLER, T0.plusDays(1), PRICE, null, "Rival Inc");
        deal.reopen(SELLER, T0.plusDays(300), SECOND);
        assertThat(deal.stageId()).isEqualTo(SECOND);
        assertThat(deal.wonBy()).isNull();
        assertThat(deal.lossReasonId()).isNull();
        deal.win(SELLER, T0.plusDays(330), "their deployment failed; we were still there");
        assertThat(deal.wonBack()).isTrue();

        Deal neverLost = aDeal();
        neverLost.walkAway(SELLER, T0.plusDays(1), "too early");
        neverLost.reopen(SELLER, T0.plusDays(2), null);
        neverLost.win(SELLER, T0.plusDays(3), null);
        assertThat(neverLost.wonBack()).as("walked away, not lost").isFalse();
    }

    @Test
    void aCloseUndoneShortlyAfterIsTakenBackAndAnUndoneLossIsNoLoss() {
        java.time.Duration window = java.time.Duration.ofMinutes(10);
        Deal mistaken = aDeal();
        mistaken.lose(SELLER, T0, PRICE, null, "Rival Inc");
        DealEvent undone = mistaken.undoClose(SELLER, T0.plusMinutes(9), window);
        assertThat(undone.kind()).isEqualTo(DealEvent.Kind.reopened);
        assertThat(undone.reason()).isEqualTo("undone: was lost");
        assertThat(mistaken.outcome()).isEqualTo(DealOutcome.open);
        assertThat(mistaken.wonBy()).isNull();
        mistaken.win(SELLER, T0.plusDays(5), null);
        assertThat(mistaken.wonBack()).as("the loss was a mistake, taken back").isFalse();

        Deal lostTwice = aDeal();
        lostTwice.lose(SELLER, T0, PRICE, null, null);
        lostTwice.reopen(SELLER, T0.plusDays(100), null);
        lostTwice.lose(SELLER, T0.plusDays(101), PRICE, null, null);
        lostTwice.undoClose(SELLER, T0.plusDays(101).plusMinutes(1), window);
        lostTwice.win(SELLER, T0.plusDays(130), null);
        assertThat(lostTwice.wonBack()).as("the first loss was real").isTrue();

        Deal late = aDeal();
        late.win(SELLER, T0, null);
        assertThatThrownBy(() -> late.undoClose(SELLER, T0.plusMinutes(11), window))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("reopen the deal instead");
        assertThat(late.outcome()).isEqualTo(DealOutcome.won);
        Deal open = aDeal();
        assertThatThrownBy(() -> open.undoClose(SELLER, T0, window)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aDealNeedsANameAndCannotComeFromItself() {
        Deal deal = aDeal();
        assertThatThrownBy(() -> deal.apply(new DealDraft(" ", null, null, null, null, null, null, null, null, null,
                null), T0)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> deal.apply(new DealDraft("x", null, null, null, null, null, null, null, deal.id(),
                null, null), T0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> deal.apply(new DealDraft("x", null, null, null, null, null, null, null, null, 0,
                null), T0)).isInstanceOf(InvalidRequestException.class);
        assertThat(deal.name()).isEqualTo("IVR for 8 sites");
    }

    private static Deal closed(DealOutcome outcome) {
        Deal deal = aDeal();
        switch (outcome) {
            case won -> deal.win(SELLER, T0.plusDays(1), null);
            case lost -> deal.lose(SELLER, T0.plusDays(1), PRICE, null, null);
            case walked_away -> deal.walkAway(SELLER, T0.plusDays(1), "not a fit");
            case open -> throw new IllegalArgumentException();
        }
        return deal;
    }
}
