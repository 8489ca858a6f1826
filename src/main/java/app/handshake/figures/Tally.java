package app.handshake.figures;

import org.jspecify.annotations.Nullable;

/**
 * One set of figures over a period, for an owner or the whole team. {@code medianDaysToActiveUse}: the median of the
 * days from a deal won to its deployment's first day of active use, over the won deals that reached it (null when
 * none did); {@code nurtureKeptUpPercent}: of the months since each loss that have ended, the share kept (null when
 * none has ended); {@code deploymentsInActiveUse}: now, whatever the period.
 */
public record Tally(int wonDeals, int lostDeals, int walkedAway, int wonBack, int wonReachedActiveUse,
        @Nullable Double medianDaysToActiveUse, @Nullable Integer nurtureKeptUpPercent, int deploymentsInActiveUse) {}
