package app.handshake.advisor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One piece of advice for a reader: its kind, what it is about, why (facts with their numbers and dates), how
 * much it matters (0 to 100), whom to meet about it, and whose it is (the owner of its subject). The
 * {@code key} names it across reads (kind and subject); {@code facts} sums up what it rests on, so that a
 * dismissal holds until one of them changes.
 */
public record Recommendation(String key, RecommendationKind kind, Subject subject, String headline, int priority,
        List<Reason> reasons, List<Person> people, UUID ownerId, String facts, @Nullable Planned planned,
        @Nullable Held held) {

    public enum SubjectType { deal, organization, person, user, deployment }

    public record Subject(SubjectType type, UUID id, String name) {}

    /** A fact in words, with its figures for programs: {@code {"value": 250000000, "currency": "GBP"}}. */
    public record Reason(String text, Map<String, Object> facts) {}

    public record Person(UUID id, String name) {}

    /** A meeting planned about it and not yet logged. */
    public record Planned(UUID id, OffsetDateTime at) {}

    /** The reader dismissed it (until its facts change) or snoozed it (until {@code until}). */
    public record Held(String as, @Nullable OffsetDateTime until) {}

    static String key(RecommendationKind kind, SubjectType type, UUID id) {
        return kind.name() + ":" + type.name() + ":" + id;
    }

    Recommendation withPlanned(@Nullable Planned meeting) {
        return new Recommendation(key, kind, subject, headline, meeting == null ? priority : priority / 3, reasons,
                people, ownerId, facts, meeting, held);
    }

    Recommendation withHeld(@Nullable Held hold) {
        return new Recommendation(key, kind, subject, headline, priority, reasons, people, ownerId, facts, planned, hold);
    }
}
