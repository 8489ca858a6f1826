package app.handshake.figures;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One owner's {@link Tally}, with their name: of deals by the deal's owner, of deployments by the deployment's. */
public record OwnerFigures(UUID ownerId, String ownerName, int wonDeals, int lostDeals, int walkedAway, int wonBack,
        int wonReachedActiveUse, @Nullable Double medianDaysToActiveUse, @Nullable Integer nurtureKeptUpPercent,
        int deploymentsInActiveUse) {

    static OwnerFigures of(UUID ownerId, String ownerName, Tally tally) {
        return new OwnerFigures(ownerId, ownerName, tally.wonDeals(), tally.lostDeals(), tally.walkedAway(),
                tally.wonBack(), tally.wonReachedActiveUse(), tally.medianDaysToActiveUse(),
                tally.nurtureKeptUpPercent(), tally.deploymentsInActiveUse());
    }
}
