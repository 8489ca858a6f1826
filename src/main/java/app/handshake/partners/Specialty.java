package app.handshake.partners;

import java.util.List;
import java.util.UUID;

/** A specialty of the workspace's vocabulary, with the other words it is found by (lower-cased). */
public record Specialty(UUID id, long version, String name, List<String> synonyms) {}
