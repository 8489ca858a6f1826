package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.people.PersonDraft;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.Source;
import app.handshake.shared.EmailAddress;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDraft;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns meetings and emails into touchpoints. Team members among the participants are recognised by
 * their address; everyone else is matched to a person by address, or becomes one. A message of a
 * thread already logged that day is part of that conversation, not a second touchpoint.
 */
final class ActivityImport {

    /** {@code automatic}: mail no person wrote, which makes neither people nor touchpoints. */
    enum Outcome { created, unchanged, skipped, automatic }

    private final Workspace workspace;
    private final Actor actor;
    private final Source source;
    private final Visibility visibility;
    private final boolean keepBodies;
    private Map<String, UUID> team;
    private final Set<UUID> touched = new HashSet<>();
    private final Counters counters;

    ActivityImport(Workspace workspace, Actor actor, Source source, Visibility visibility, boolean keepBodies,
            Counters counters) {
        this.counters = counters;
        this.workspace = workspace;
        this.actor = actor;
        this.source = source;
        this.visibility = visibility;
        this.keepBodies = keepBodies;
    }

    Outcome meeting(IncomingMeeting meeting, Consumer<String> warn) {
        if (ownExport(meeting.key())) {
            return Outcome.unchanged;
        }
        if (meeting.start().isAfter(now())) {
            // An invitation by mail may be to a meeting still to come; importing the file again once it has
            // taken place logs it then.
            warn.accept("the meeting of " + meeting.start() + " has not taken place yet: no touchpoint");
            return Outcome.skipped;
        }
        Optional<UUID> known = workspace.keys().find(actor.userId(), "touchpoint", meeting.key());
        if (known.filter(workspace.touchpoints()::exists).isPresent()) {
            return Outcome.unchanged;
        }
        List<Address> everyone = new ArrayList<>();
        if (meeting.organizer() != null) {
            everyone.add(meeting.organizer());
        }
        everyone.addAll(meeting.attendees());
        Participants participants = participants(everyone, warn);
        if (participants.people().isEmpty()) {
            warn.accept("nobody outside the team took part: no touchpoint");
            return Outcome.skipped;
        }
        boolean oursToCall = meeting.organizer() == null || user(meeting.organizer().email()).isPresent();
        Initiator initiator = oursToCall ? Initiator.us : Initiator.them;
        Topic topic = Topic.business;
        String summary = meeting.summary();
        String notes = meeting.location() == null ? null : "Where: " + meeting.location();
        IncomingMeeting.Logged logged = meeting.logged();
        if (logged != null) {
            // Handshake's own export: the touchpoint comes back as it was logged.
            initiator = known(Initiator.class, logged.initiatedBy(), initiator);
            topic = known(Topic.class, logged.topic(), topic);
            summary = logged.summary();
            notes = logged.notes();
        }
        UUID id = log(new TouchpointDraft(Channel.valueOf(meeting.channel()), initiator, meeting.start(),
                meeting.durationMinutes(), topic, cut(summary, 200), cut(notes, 10_000), null,
                participants.people(), participants.users(), visibility));
        workspace.keys().put(actor.userId(), "touchpoint", meeting.key(), id, now(), known.isPresent());
        return Outcome.created;
    }

    Outcome message(IncomingMessage message, Consumer<String> warn) {
        if (message.automatic() != null) {
            return Outcome.automatic;
        }
        MessageKeys keys = MessageKeys.of(message);
        Map<String, UUID> found = workspace.keys().find(actor.userId(), "touchpoint",
                List.of(keys.content(), keys.seen(), keys.legacy()));
        Optional<UUID> knownMessage = Optional.ofNullable(found.get(keys.content()));
        if (knownMessage.filter(workspace.touchpoints()::exists).isPresent()) {
            return Outcome.unchanged;
        }
        boolean seen = found.containsKey(keys.seen());
        Optional<UUID> imported = Optional.ofNullable(found.get(keys.legacy())).filter(workspace.touchpoints()::exists);
        if (!seen && knownMessage.isEmpty() && imported.isPresent()) {
            // imported by a version that keyed messages by their id alone: this is that message
            remember(keys, imported.get(), false, false);
            return Outcome.unchanged;
        }
        String threadId = message.threadId();
        if (seen && knownMessage.isEmpty()) {
            warn.accept("the Message-ID " + message.messageId() + " was already used by a message with another sender,"
                    + " date or subject; this one is imported as a message of its own");
            if (threadId.equals(message.messageId())) {
                threadId = MessageKeys.ownThread(message);
            }
        }
        // One conversation a day: the replies of a thread on the same day are one touchpoint.
        String threadKey = "thread:" + threadId + "|" + message.sentAt().withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate();
        Optional<UUID> knownThread = workspace.keys().find(actor.userId(), "touchpoint", threadKey);
        Optional<UUID> thread = knownThread.filter(workspace.touchpoints()::exists);
        if (thread.isPresent()) {
            remember(keys, thread.get(), knownMessage.isPresent(), seen);
            return Outcome.unchanged;
        }
        List<Address> everyone = new ArrayList<>();
        if (message.from() != null) {
            everyone.add(message.from());
        }
        everyone.addAll(message.to());
        everyone.addAll(message.cc());
        Participants participants = participants(everyone, warn);
        if (participants.people().isEmpty()) {
            warn.accept("only team members on this message: no touchpoint");
            return Outcome.skipped;
        }
        boolean fromUs = message.from() != null && user(message.from().email()).isPresent();
        UUID id = log(new TouchpointDraft(Channel.email, fromUs ? Initiator.us : Initiator.them, message.sentAt(), null,
                Topic.business, cut(message.subject(), 200), keepBodies ? cut(message.body(), 10_000) : null, null,
                participants.people(), participants.users(), visibility));
        remember(keys, id, knownMessage.isPresent(), seen);
        workspace.keys().put(actor.userId(), "touchpoint", threadKey, id, now(), knownThread.isPresent());
        return Outcome.created;
    }

    /** Records the touchpoint a message is part of; {@code known} and {@code seen} say which keys exist. */
    private void remember(MessageKeys keys, UUID touchpoint, boolean known, boolean seen) {
        workspace.keys().put(actor.userId(), "touchpoint", keys.content(), touchpoint, now(), known);
        if (!seen) {
            workspace.keys().put(actor.userId(), "touchpoint", keys.seen(), touchpoint, now(), false);
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, E otherwise) {
        for (E value : type.getEnumConstants()) {
            if (name != null && value.name().equals(name.strip())) {
                return value;
            }
        }
        return otherwise;
    }

    /** Handshake's own calendar export names each touchpoint by id: such an event is that touchpoint. */
    private boolean ownExport(String key) {
        java.util.regex.Matcher m = OWN_UID.matcher(key);
        return m.lookingAt() && workspace.touchpoints().find(actor, UUID.fromString(m.group(1))).isPresent();
    }

    private static final java.util.regex.Pattern OWN_UID =
            java.util.regex.Pattern.compile("(?i)^([0-9a-f-]{36})@handshake\\|");

    /** Brings scores and due dates of everyone touched up to date, once each. */
    void finish() {
        workspace.touchpoints().announce(touched);
    }

    private UUID log(TouchpointDraft draft) {
        UUID id = workspace.touchpoints().logImported(actor, draft, source.detail());
        touched.addAll(draft.personIds());
        return id;
    }

    private record Participants(List<UUID> people, List<UUID> users) {}

    private Participants participants(List<Address> addresses, Consumer<String> warn) {
        Map<String, Address> byEmail = new LinkedHashMap<>();
        for (Address address : addresses) {
            if (address.email() != null && EmailAddress.isValid(address.email())) {
                byEmail.putIfAbsent(address.email(), address);
            }
        }
        List<UUID> users = new ArrayList<>();
        List<Address> outside = new ArrayList<>();
        for (Address address : byEmail.values()) {
            Optional<UUID> user = user(address.email());
            if (user.isPresent()) {
                // A private touchpoint is read by the team members in it: private mail names none.
                if (visibility == Visibility.SHARED && !user.get().equals(actor.userId()) && !users.contains(user.get())) {
                    users.add(user.get());
                }
            } else {
                outside.add(address);
            }
        }
        // Only people the importer may see: an address on someone else's private record gets a person of their own.
        Map<String, UUID> holders = workspace.people().idsByEmail(actor, outside.stream().map(Address::email).toList());
        List<UUID> people = new ArrayList<>();
        for (Address address : outside) {
            UUID holder = holders.get(address.email());
            if (holder == null) {
                holder = workspace.people().add(actor, new PersonDraft(address.name() != null ? cut(address.name(), 200)
                        : address.email(), null, null, List.of(new LabelledValue(address.email(), null)), List.of(), null,
                        null, null, List.of(), visibility, null), source);
                counters.peopleCreated++;
            }
            if (!people.contains(holder)) {
                people.add(holder);
            }
        }
        return new Participants(people, users);
    }

    /** The team is small and every address is asked about: it is read once, not once per address. */
    private Optional<UUID> user(String email) {
        if (team == null) {
            team = new HashMap<>();
            workspace.users().list().forEach(u -> team.put(u.email().toLowerCase(Locale.ROOT), u.id()));
        }
        return Optional.ofNullable(team.get(email.toLowerCase(Locale.ROOT)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(workspace.clock());
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
