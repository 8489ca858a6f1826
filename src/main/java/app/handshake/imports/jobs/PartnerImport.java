package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.imports.incoming.IncomingPartner;
import app.handshake.partners.AreaDraft;
import app.handshake.partners.AreaKind;
import app.handshake.partners.Certification;
import app.handshake.partners.CertificationDraft;
import app.handshake.partners.PartnerDetails;
import app.handshake.partners.PartnerDraft;
import app.handshake.partners.Specialty;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.PersonSearch;
import app.handshake.people.PersonSummary;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Brings one partner into the workspace through the partners' own doors, so that their rules and audit hold. The
 * partner is found again by its organization or person, never by its name: importing the file again, or a partners
 * export back, makes no second partner, and adds to the one there only what it lacks (specialties, areas,
 * certifications, a description or website it has none of). An organization is matched by name or web domain among
 * those the importer may see and created when missing, as the contacts and deals imports do; a person must be one
 * the importer may see, by e-mail address or by a name only one of them has, and is never created from a name
 * alone. A specialty must be in the workspace's vocabulary, which its admins and managers keep.
 */
final class PartnerImport {

    enum Outcome { created, updated, unchanged }

    private final Workspace workspace;
    private final Actor actor;
    private final ContactImport contacts;

    PartnerImport(Workspace workspace, Actor actor, ContactImport contacts) {
        this.workspace = workspace;
        this.actor = actor;
        this.contacts = contacts;
    }

    Outcome apply(IncomingPartner given) {
        List<Specialty> specialties = specialties(given.specialties());
        UUID organization = given.organization() != null ? organization(given.organization()) : null;
        UUID person = given.person() != null ? person(workspace, actor, given.person(), "person") : null;
        Optional<UUID> existing = workspace.partners().idOf(actor, organization, person);
        if (existing.isEmpty()) {
            PartnerDetails created = workspace.partners().create(actor, new PartnerDraft(organization, person,
                    given.kind(), given.name(), given.description(), given.website()));
            if (!specialties.isEmpty()) {
                workspace.partnerParts().setSpecialties(actor, created.id(), null, ids(specialties));
            }
            given.areas().forEach(area -> workspace.partnerParts().addArea(actor, created.id(), area));
            given.certifications().forEach(c -> workspace.partnerParts().addCertification(actor, created.id(), c));
            return Outcome.created;
        }
        return addMissing(workspace.partners().get(actor, existing.get()), given, specialties);
    }

    private Outcome addMissing(PartnerDetails partner, IncomingPartner given, List<Specialty> specialties) {
        boolean changed = false;
        if ((partner.description() == null && given.description() != null)
                || (partner.website() == null && given.website() != null)) {
            workspace.partners().update(actor, partner.id(), null, new PartnerDraft(null, null, null, null,
                    partner.description() != null ? partner.description() : given.description(),
                    partner.website() != null ? partner.website() : given.website()));
            changed = true;
        }
        Set<String> had = new LinkedHashSet<>();
        partner.specialties().forEach(s -> had.add(s.id().toString()));
        Set<String> wanted = new LinkedHashSet<>(had);
        wanted.addAll(ids(specialties));
        if (!wanted.equals(had)) {
            workspace.partnerParts().setSpecialties(actor, partner.id(), null, List.copyOf(wanted));
            changed = true;
        }
        Set<String> areas = new LinkedHashSet<>();
        partner.areas().forEach(a -> areas.add(areaKey(a.kind(), a.place(), a.latitude(), a.longitude(), a.radiusKm())));
        for (AreaDraft area : given.areas()) {
            if (areas.add(areaKey(area.kind(), area.place(), area.latitude(), area.longitude(), area.radiusKm()))) {
                workspace.partnerParts().addArea(actor, partner.id(), area);
                changed = true;
            }
        }
        Set<String> certifications = new LinkedHashSet<>();
        partner.certifications().stream().map(Certification::name).forEach(n -> certifications.add(norm(n)));
        for (CertificationDraft certification : given.certifications()) {
            if (certifications.add(norm(certification.name()))) {
                workspace.partnerParts().addCertification(actor, partner.id(), certification);
                changed = true;
            }
        }
        return changed ? Outcome.updated : Outcome.unchanged;
    }

    private List<Specialty> specialties(List<String> terms) {
        List<Specialty> found = new ArrayList<>();
        for (String term : terms) {
            found.add(workspace.specialties().resolve(term).orElseThrow(() -> new InvalidRequestException(
                    "specialties", "\"" + term + "\" is not in the workspace's vocabulary of specialties; an admin"
                            + " or a manager adds it (Partners, Specialties) or names it as a synonym")));
        }
        return found;
    }

    /** By name, then by web domain ("acme.example"), among those the importer may see; created when missing. */
    private UUID organization(String written) {
        Optional<UUID> byName = workspace.organizations().idByName(actor, written);
        if (byName.isPresent()) {
            return byName.get();
        }
        String domain = written.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/.*$", "");
        if (domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            Optional<UUID> byDomain = workspace.organizations().search(actor, domain, PageRequest.first(PageRequest.MAX_LIMIT))
                    .items().stream().filter(o -> domain.equalsIgnoreCase(o.domain())).map(OrganizationSummary::id)
                    .findFirst();
            if (byDomain.isPresent()) {
                return byDomain.get();
            }
        }
        return contacts.organization(written);
    }

    /**
     * A person the actor may see, by e-mail address or by a name only one of them bears: nobody else's private
     * contact is found or hinted at.
     */
    static UUID person(Workspace workspace, Actor actor, String written, String field) {
        return findPerson(workspace, actor, written).orElseThrow(() -> new InvalidRequestException(field, "\""
                + written + "\" is " + (written.contains("@") ? "the address" : "the name")
                + " of nobody you can see; import or add the person first"));
    }

    static Optional<UUID> findPerson(Workspace workspace, Actor actor, String written) {
        if (written.contains("@")) {
            String address = written.strip().toLowerCase(Locale.ROOT);
            return Optional.ofNullable(workspace.people().idsByEmail(actor, List.of(address)).get(address));
        }
        List<UUID> named = workspace.people().search(actor, new PersonSearch(written, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(p -> p.name().equalsIgnoreCase(written.strip())).map(PersonSummary::id).toList();
        if (named.size() > 1) {
            throw new InvalidRequestException(null, "\"" + written + "\" is the name of " + named.size()
                    + " people you can see; give an e-mail address instead");
        }
        return named.stream().findFirst();
    }

    private static List<String> ids(List<Specialty> specialties) {
        return specialties.stream().map(s -> s.id().toString()).distinct().toList();
    }

    private static String areaKey(AreaKind kind, String place, java.math.BigDecimal latitude,
            java.math.BigDecimal longitude, Integer radiusKm) {
        return kind == AreaKind.radius
                ? "radius:" + latitude.stripTrailingZeros().toPlainString() + "," + longitude.stripTrailingZeros().toPlainString()
                        + "," + radiusKm
                : kind + ":" + norm(place);
    }

    private static String norm(String text) {
        return Objects.toString(text, "").strip().toLowerCase(Locale.ROOT);
    }
}
