package app.handshake.people;

import app.handshake.accounts.Actor;
import java.util.List;

/**
 * A module that holds something for people and decides what becomes of it when two records of one person
 * merge (the cadences and snoozes, the touchpoints). The people module asks every one of them, without
 * depending on them, so that a preview can tell all of it and the merge can say what it did.
 */
public interface MergeParticipant {

    /** What merging would do with what this module holds for the two records, told to the actor; changes nothing. */
    List<MergeNote> preview(Actor actor, PersonMerge merge);

    /**
     * Does it, before the duplicate is deleted, and says what was done. By default what {@link #preview} says,
     * for a module whose listener of {@link PeopleMerged} does the moving.
     */
    default List<MergeNote> merge(Actor actor, PersonMerge merge) {
        return preview(actor, merge);
    }
}
