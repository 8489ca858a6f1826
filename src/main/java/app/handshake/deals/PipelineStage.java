package app.handshake.deals;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stage of the workspace's pipeline, in order, with its win probability and how long a deal may idle in it. */
public record PipelineStage(UUID id, String name, int position, int winProbability, @Nullable Integer idleDays) {}
