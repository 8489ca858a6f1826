package app.handshake.partners;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A specialty as an admin or manager names it: its name and the synonyms it is also found by. */
public record SpecialtyDraft(@Nullable String name, @Nullable List<String> synonyms) {}
