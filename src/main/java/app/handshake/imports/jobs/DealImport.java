package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealDraft;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealSummary;
import app.handshake.deals.LossReason;
import app.handshake.deals.PipelineStage;
import app.handshake.imports.incoming.IncomingDeal;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Brings one deal into the workspace through the deals' own door, so that its rules and history hold: it is
 * opened in its stage, then closed the way the file says (won, lost with its reason and the competitor who won,
 * or walked away), each step recorded. A deal of the same name at the same organization that the importer sees
 * already is that deal: importing the file again, or a deals export back, creates nothing twice.
 */
final class DealImport {

    enum Outcome { created, unchanged }

    private final Workspace workspace;
    private final Actor actor;
    private final Visibility visibility;
    private final ContactImport contacts;
    private List<PipelineStage> stages;
    private List<LossReason> reasons;

    /** Organizations are found or created as the contacts of the same import find or create them. */
    DealImport(Workspace workspace, Actor actor, Visibility visibility, ContactImport contacts) {
        this.workspace = workspace;
        this.actor = actor;
        this.visibility = visibility;
        this.contacts = contacts;
    }

    Outcome apply(IncomingDeal deal, Consumer<String> warn) {
        if (deal.organization() == null) {
            throw new InvalidRequestException("organization", "must name the organization of the deal");
        }
        UUID stage = stage(deal.stage());
        List<DealDraft.Participant> people = people(deal.people());
        Closing closing = closing(deal, warn);
        UUID organization = contacts.organization(deal.organization());
        if (existing(organization, deal.name()).isPresent()) {
            return Outcome.unchanged;
        }
        DealDetails created = workspace.deals().create(actor, new DealDraft(deal.name(), organization, deal.value(),
                stage, deal.expectedClose(), visibility, people, deal.competitors(), null, null, deal.notes()));
        switch (deal.outcome()) {
            case open -> { }
            case won -> workspace.deals().win(actor, created.id(), created.version(), deal.outcomeNote());
            case lost -> workspace.deals().lose(actor, created.id(), created.version(), closing.reasonId(),
                    closing.note(), deal.competitors().isEmpty() ? null : deal.competitors().getFirst());
            case walked_away -> workspace.deals().walkAway(actor, created.id(), created.version(), closing.note());
        }
        return Outcome.created;
    }

    /** Why a closed deal closed: a reason of the workspace's list, words, or both. */
    private record Closing(UUID reasonId, String note) {}

    private Closing closing(IncomingDeal deal, Consumer<String> warn) {
        if (deal.outcome() == DealOutcome.walked_away) {
            String reason = deal.outcomeNote() != null ? deal.outcomeNote() : deal.lossReason();
            if (reason == null) {
                throw new InvalidRequestException("outcome_note", "must say why you walked away");
            }
            return new Closing(null, reason);
        }
        if (deal.outcome() != DealOutcome.lost) {
            if (deal.lossReason() != null) {
                warn.accept("loss_reason left out: the deal is " + deal.outcome().label() + ", not lost");
            }
            return new Closing(null, null);
        }
        if (deal.lossReason() == null) {
            if (deal.outcomeNote() == null) {
                throw new InvalidRequestException("loss_reason", "must say why the deal was lost (one of "
                        + String.join(", ", reasons().stream().map(LossReason::label).toList())
                        + ", or words in outcome_note)");
            }
            return new Closing(null, deal.outcomeNote());
        }
        Optional<LossReason> known = reasons().stream()
                .filter(r -> r.label().equalsIgnoreCase(deal.lossReason().strip())).findFirst();
        if (known.isPresent()) {
            return new Closing(known.get().id(), deal.outcomeNote());
        }
        warn.accept("loss_reason \"" + deal.lossReason() + "\" is not one of the workspace's reasons; kept in words");
        return new Closing(null, deal.outcomeNote() == null ? deal.lossReason()
                : deal.lossReason() + ": " + deal.outcomeNote());
    }

    /** The stage of this name; none named is the pipeline's first. */
    private UUID stage(String name) {
        if (name == null) {
            return null;
        }
        return stages().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).map(PipelineStage::id)
                .findFirst().orElseThrow(() -> new InvalidRequestException("stage", "\"" + name
                        + "\" is not a stage of the pipeline (" + String.join(", ",
                                stages().stream().map(PipelineStage::name).toList()) + ")"));
    }

    /** Each address must be a person the importer may see: nobody else's private contact is found or hinted at. */
    private List<DealDraft.Participant> people(List<IncomingDeal.Participant> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        List<String> addresses = given.stream().map(p -> p.email().toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, UUID> holders = workspace.people().idsByEmail(actor, addresses);
        List<DealDraft.Participant> people = new ArrayList<>();
        for (IncomingDeal.Participant participant : given) {
            UUID person = holders.get(participant.email().toLowerCase(Locale.ROOT));
            if (person == null) {
                throw new InvalidRequestException("people", "\"" + participant.email()
                        + "\" is the address of nobody you can see; import or add the person first");
            }
            DealDraft.Participant named = new DealDraft.Participant(person, participant.role());
            if (!people.contains(named)) {
                people.add(named);
            }
        }
        return people;
    }

    private Optional<DealSummary> existing(UUID organization, String name) {
        DealFilter filter = new DealFilter(null, null, organization, null, null, null, null, null, null, null, null,
                name);
        return workspace.deals().list(actor, filter, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private List<PipelineStage> stages() {
        if (stages == null) {
            stages = workspace.pipeline().stages();
        }
        return stages;
    }

    private List<LossReason> reasons() {
        if (reasons == null) {
            reasons = workspace.pipeline().lossReasons();
        }
        return reasons;
    }
}
