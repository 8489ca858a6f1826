package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import app.handshake.imports.incoming.IncomingEndorsement;
import app.handshake.partners.Endorsement;
import app.handshake.partners.EndorsementDraft;
import app.handshake.partners.PartnerFilter;
import app.handshake.partners.PartnerSummary;
import app.handshake.partners.Specialty;
import app.handshake.shared.Cursor;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings one endorsement in through the partners' own door. The partner is one the importer may see, by name; the
 * endorser a person the importer may see (by e-mail address or a name only one of them bears) or else a team
 * member by e-mail address. The same partner, endorser and day is the same endorsement: importing the file again,
 * or an endorsements export back, adds nothing twice.
 */
final class EndorsementImport {

    enum Outcome { created, unchanged }

    private final Workspace workspace;
    private final Actor actor;

    EndorsementImport(Workspace workspace, Actor actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    Outcome apply(IncomingEndorsement given) {
        UUID partner = partner(given.partner());
        UUID person = PartnerImport.findPerson(workspace, actor, given.endorser()).orElse(null);
        UUID user = null;
        if (person == null) {
            user = given.endorser().contains("@")
                    ? workspace.users().findByEmail(given.endorser().strip()).map(UserView::id).orElse(null) : null;
            if (user == null) {
                throw new InvalidRequestException("endorser", "\"" + given.endorser() + "\" is neither a person you"
                        + " can see nor a team member's address; import or add the person first");
            }
        }
        UUID specialty = null;
        if (given.specialty() != null) {
            specialty = workspace.specialties().resolve(given.specialty()).map(Specialty::id)
                    .orElseThrow(() -> new InvalidRequestException("specialty", "\"" + given.specialty()
                            + "\" is not in the workspace's vocabulary of specialties"));
        }
        if (exists(partner, person, user, given)) {
            return Outcome.unchanged;
        }
        workspace.endorsements().record(actor, partner, new EndorsementDraft(person, user, given.endorsedOn(),
                given.said(), given.rating(), specialty));
        return Outcome.created;
    }

    private UUID partner(String name) {
        List<PartnerSummary> named = workspace.partners().list(actor, new PartnerFilter(name, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(p -> p.name().equalsIgnoreCase(name.strip())).toList();
        if (named.size() > 1) {
            throw new InvalidRequestException("partner", "\"" + name + "\" is the name of " + named.size()
                    + " partners you can see; rename one of them first");
        }
        return named.stream().findFirst().map(PartnerSummary::id).orElseThrow(() -> new InvalidRequestException(
                "partner", "\"" + name + "\" is no partner you can see; import or add the partner first"));
    }

    private boolean exists(UUID partner, UUID person, UUID user, IncomingEndorsement given) {
        Cursor after = null;
        while (true) {
            Page<Endorsement> page = workspace.endorsements().ofPartner(actor, partner,
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            Optional<Endorsement> same = page.items().stream()
                    .filter(e -> e.endorsedOn().equals(given.endorsedOn()))
                    .filter(e -> person != null ? person.equals(e.endorserPersonId()) : user.equals(e.endorserUserId()))
                    .findFirst();
            if (same.isPresent()) {
                return true;
            }
            if (page.next() == null) {
                return false;
            }
            after = Cursor.decode(page.next());
        }
    }
}
