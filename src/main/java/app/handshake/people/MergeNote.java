package app.handshake.people;

import java.util.Map;

/**
 * What a merge does with one kind of thing ({@code about}: visibility, cadence, touchpoints...), in a sentence
 * for people and in {@code facts} for programs.
 */
public record MergeNote(String about, String text, Map<String, Object> facts) {

    public MergeNote {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
