package app.handshake.people.web;

import app.handshake.people.MergeOutcome;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * The merged person as any person is shown (or as they would be, in a preview), with what the merge did in
 * {@code merge}: whether it was only a preview, and a note per kind of thing (visibility, cadence, snooze,
 * touchpoints).
 */
record MergeResponse(@JsonUnwrapped PersonResponse person, Merge merge) {

    record Merge(boolean preview, List<Note> outcome) {}

    record Note(String about, String text, Map<String, Object> facts) {}

    static MergeResponse of(MergeOutcome outcome, boolean preview) {
        return new MergeResponse(PersonResponse.of(outcome.person()), new Merge(preview,
                outcome.notes().stream().map(n -> new Note(n.about(), n.text(), n.facts())).toList()));
    }
}
