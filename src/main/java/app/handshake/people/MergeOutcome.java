package app.handshake.people;

import java.util.List;

/** The person two records become (or would become, in a preview), and what became of what each held. */
public record MergeOutcome(PersonDetails person, List<MergeNote> notes) {}
