package app.handshake.relationships;

import app.handshake.touchpoints.TouchpointFact;
import java.util.List;
import java.util.UUID;

/**
 * A person's scores were brought up to date after their touchpoints changed. It carries what the scores
 * were made of, every touchpoint fact about the person (private ones too) and the team's tier now, so
 * that what follows in the same transaction, the due date, need not read them again.
 */
public record StrengthRefreshed(UUID personId, List<TouchpointFact> facts, Tier teamTier) {}
