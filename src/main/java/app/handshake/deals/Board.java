package app.handshake.deals;

import app.handshake.shared.Money;
import java.util.List;

/**
 * The pipeline board: a column per stage with its open deals, their count, and the sums of their values and
 * weighted values (value × the stage's win probability) per currency, never added across currencies.
 */
public record Board(List<Column> columns) {

    public record Column(PipelineStage stage, long count, List<Money> total, List<Money> weighted,
            List<DealSummary> deals, boolean more) {}
}
