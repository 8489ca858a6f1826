package app.handshake.partners.ranking;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deployments.Deployments;
import app.handshake.people.People;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The SQL of a referral search, in the order that keeps it fast: the partners offering the specialty in the area
 * first, then the records and the endorsements of those partners only, joined with the reader's relationship
 * scores. A partner is seen by those who may see its organization or person; an endorsement by a person only by
 * those who may see that person; a deployment only by those who may see it.
 */
@Component
class PartnerSearch {

    /** The row of the whole team's relationship score. */
    private static final UUID TEAM = new UUID(0, 0);
    /** One degree of latitude: the SQL's coarse cut before the exact distance. */
    private static final double KM_PER_DEGREE = 111.0;

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final People people;
    private final Deployments deployments;

    PartnerSearch(JdbcClient jdbc, RecordAccess access, People people, Deployments deployments) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.deployments = deployments;
    }

    /** A partner offering the specialty, with its service areas that may cover the place. */
    record Found(UUID partnerId, String name, @Nullable UUID organizationId, @Nullable UUID personId,
            List<AreaFit.Area> areas) {}

    /** The specialties a need names, by id with their names: a name or synonym, else the same simple stem. */
    Map<UUID, String> specialties(String need) {
        String key = NeedWords.key(need);
        String stem = NeedWords.stem(need);
        record Term(String term, UUID specialtyId, String name) {}
        List<Term> terms = jdbc.sql("""
                select t.term, t.specialty_id, s.name from specialty_term t join specialty s on s.id = t.specialty_id
                """).query((rs, n) -> new Term(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3))).list();
        Map<UUID, String> exact = new LinkedHashMap<>();
        Map<UUID, String> stemmed = new LinkedHashMap<>();
        for (Term term : terms) {
            if (term.term().equals(key)) {
                exact.put(term.specialtyId(), term.name());
            } else if (NeedWords.stem(term.term()).equals(stem)) {
                stemmed.put(term.specialtyId(), term.name());
            }
        }
        return exact.isEmpty() ? stemmed : exact;
    }

    /** The partners the reader may see that offer one of the specialties and, when a place is given, serve it. */
    List<Found> partners(Actor reader, Collection<UUID> specialtyIds, @Nullable Place place) {
        SqlFilter organization = access.readFilter(reader, "o");
        SqlFilter person = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(organization.params());
        params.putAll(person.params());
        params.put("specialties", specialtyIds);
        // Driven from the most selective index: each kind of area by its key (partner_area_by_place), or with no
        // place the specialty (partner_specialty_by_specialty); one branch per kind, as an OR would scan them all.
        List<String> branches = new ArrayList<>();
        String select = """
                select pa.id, pa.name, pa.organization_id, pa.person_id%s
                  from %s
                  join partner_specialty ps on ps.partner_id = pa.id and ps.specialty_id in (:specialties)
                  left join organization o on o.id = pa.organization_id
                  left join person p on p.id = pa.person_id
                 where ((pa.organization_id is not null and %s) or (pa.person_id is not null and %s))""";
        String visible = organization.sql();
        if (place == null) {
            branches.add(select.formatted("", "partner pa", visible, person.sql()));
        } else {
            String areaColumns = ", a.kind, a.place, a.place_key, a.latitude, a.longitude, a.radius_km";
            String fromArea = "partner_area a join partner pa on pa.id = a.partner_id";
            for (String kind : List.of("city", "region", "country")) {
                String key = switch (kind) {
                    case "city" -> place.city();
                    case "region" -> place.region();
                    default -> place.country();
                };
                if (key != null) {
                    branches.add(select.formatted(areaColumns, fromArea, visible, person.sql())
                            + " and a.kind = '" + kind + "' and a.place_key = :" + kind);
                    params.put(kind, key);
                }
            }
            if (place.hasCentre()) {
                branches.add(select.formatted(areaColumns, fromArea, visible, person.sql())
                        + " and a.kind = 'radius' and a.latitude between :latitude - a.radius_km / " + KM_PER_DEGREE
                        + " and :latitude + a.radius_km / " + KM_PER_DEGREE);
                params.put("latitude", place.latitude());
            }
            if (branches.isEmpty()) {
                return List.of();
            }
        }
        Map<UUID, Found> found = new LinkedHashMap<>();
        jdbc.sql(String.join("\nunion all\n", branches))
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Found partner = found.get(id);
                    if (partner == null) {
                        partner = new Found(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                                new ArrayList<>());
                        found.put(id, partner);
                    }
                    if (place != null) {
                        partner.areas().add(new AreaFit.Area(rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getObject(8) == null ? null : rs.getDouble(8),
                                rs.getObject(9) == null ? null : rs.getDouble(9),
                                rs.getObject(10) == null ? null : rs.getInt(10)));
                    }
                });
        return List.copyOf(found.values());
    }

    /** One partner the reader may see, as a search finds it but without areas: for its own page. */
    Optional<Found> partner(Actor reader, UUID partnerId) {
        SqlFilter organization = access.readFilter(reader, "o");
        SqlFilter person = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(organization.params());
        params.putAll(person.params());
        params.put("partner", partnerId);
        return jdbc.sql("""
                select pa.id, pa.name, pa.organization_id, pa.person_id from partner pa
                  left join organization o on o.id = pa.organization_id
                  left join person p on p.id = pa.person_id
                 where pa.id = :partner
                   and ((pa.organization_id is not null and %s) or (pa.person_id is not null and %s))"""
                .formatted(organization.sql(), person.sql()))
                .params(params)
                .query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), List.of()))
                .optional();
    }

    /** Deployments taken part in and reached active use, and referrals delivered, of each partner (as the reader sees). */
    record Record(int taken, int delivered, int certifications) {

        static final Record NONE = new Record(0, 0, 0);
    }

    Map<UUID, Record> records(Actor reader, Map<UUID, Found> partners, LocalDate today) {
        if (partners.isEmpty()) {
            return Map.of();
        }
        Map<UUID, int[]> counts = new HashMap<>();
        Map<String, Object> ids = Map.of("partners", ids(partners.keySet()), "today", today);
        // The deployments the partners took part in, as their organization or their person, before any visibility:
        // few partners have any, and the reader's filter is then applied to those few only. Asked by the partners'
        // organizations and people themselves (deployment_partner_by_organization), not through the partner table,
        // which H2 read whole, testing each row against the list of partners.
        Map<UUID, UUID> byOrganization = new HashMap<>();
        Map<UUID, UUID> byPerson = new HashMap<>();
        for (Found partner : partners.values()) {
            if (partner.organizationId() != null) {
                byOrganization.put(partner.organizationId(), partner.partnerId());
            }
            if (partner.personId() != null) {
                byPerson.put(partner.personId(), partner.partnerId());
            }
        }
        List<String> takingPart = new ArrayList<>();
        Map<String, Object> parties = new HashMap<>();
        if (!byOrganization.isEmpty()) {
            takingPart.add("select dpp.deployment_id, dpp.organization_id, dpp.person_id from deployment_partner dpp"
                    + " where dpp.organization_id = any(:organizations)");
            parties.put("organizations", ids(byOrganization.keySet()));
        }
        if (!byPerson.isEmpty()) {
            takingPart.add("select dpp.deployment_id, dpp.organization_id, dpp.person_id from deployment_partner dpp"
                    + " where dpp.person_id = any(:people)");
            parties.put("people", ids(byPerson.keySet()));
        }
        // A deployment counts once per partner, however many times it names them.
        Map<UUID, Set<UUID>> takenPart = new HashMap<>();
        jdbc.sql(String.join("\nunion all\n", takingPart)).params(parties)
                .query(rs -> {
                    UUID organization = rs.getObject(2, UUID.class);
                    UUID partner = organization != null ? byOrganization.get(organization)
                            : byPerson.get(rs.getObject(3, UUID.class));
                    if (partner != null) {
                        takenPart.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>()).add(partner);
                    }
                });
        if (!takenPart.isEmpty()) {
            // The filter for many: the deals and organizations hidden from the reader are gathered once, where the
            // filter for a page looked each deployment's organization up among all of them (a sixth of a search on H2).
            SqlFilter deployment = deployments.readFilterForMany(reader);
            jdbc.sql("select dp.id, dp.first_active_on from deployment dp where dp.id = any(:deployments) and "
                    + deployment.sql()).params(deployment.params()).param("deployments", ids(takenPart.keySet()))
                    .query((rs, n) -> {
                        boolean active = rs.getObject(2) != null;
                        for (UUID partner : takenPart.get(rs.getObject(1, UUID.class))) {
                            int[] sums = counts.computeIfAbsent(partner, k -> new int[3]);
                            sums[0]++;
                            sums[1] += active ? 1 : 0;
                        }
                        return null;
                    }).list();
        }
        SqlFilter person = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(person.params());
        params.putAll(ids);
        jdbc.sql("""
                select r.partner_id, count(*), count(*) filter (where r.outcome = 'delivered_well'), 0
                  from referral r
                 where r.partner_id = any(:partners) and r.outcome in ('delivered_well', 'delivered_badly')
                   and (r.person_id is null or exists (select 1 from person p where p.id = r.person_id and %s))
                 group by r.partner_id
                union all
                select c.partner_id, 0, 0, count(*) from partner_certification c
                 where c.partner_id = any(:partners) and (c.expires_on is null or c.expires_on >= :today)
                 group by c.partner_id
                """.formatted(person.sql()))
                .params(params)
                .query(rs -> {
                    int[] sums = counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[3]);
                    sums[0] += rs.getInt(2);
                    sums[1] += rs.getInt(3);
                    sums[2] += rs.getInt(4);
                });
        Map<UUID, Record> records = new HashMap<>();
        counts.forEach((id, sums) -> records.put(id, new Record(sums[0], sums[1], sums[2])));
        return records;
    }

    /**
     * The endorsements of these partners that the reader may see, weighed for the reader. A person's endorsement
     * of their own organization's partner, or of themselves, is left out: nobody vouches for themself. With no
     * specialties asked for ({@code null}), every endorsement is for the need. Who they are by name and what they
     * said are left for {@link #words}: without them the rows come from indexes alone (endorsement_weighed, and the
     * endorsers' visibility and scores from person_seen and relationship_score_tier), not from the tables.
     */
    List<Vouch> vouches(Actor reader, Map<UUID, Found> partners, @Nullable Set<UUID> specialtyIds) {
        if (partners.isEmpty()) {
            return List.of();
        }
        SqlFilter person = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(person.params());
        params.put("partners", ids(partners.keySet()));
        params.put("reader", reader.userId());
        params.put("team", TEAM);
        List<Vouch> vouches = new ArrayList<>();
        // A person neither the reader nor the team has a score with weighs nothing (EndorserWeight.NONE): such
        // endorsements are left out here rather than read and dropped.
        jdbc.sql("""
                select e.id, e.partner_id, e.endorser_person_id, e.endorser_user_id, e.specialty_id, e.endorsed_on,
                       e.rating, p.organization_id, own.tier, team.tier
                  from endorsement e
                  left join person p on p.id = e.endorser_person_id
                  left join relationship_score own on own.person_id = e.endorser_person_id and own.user_id = :reader
                  left join relationship_score team on team.person_id = e.endorser_person_id and team.user_id = :team
                 where e.partner_id = any(:partners) and e.rating <> 3
                   and (e.endorser_user_id is not null or ((own.tier is not null or team.tier is not null) and %s))
                """.formatted(person.sql()))
                .params(params)
                .query(rs -> {
                    UUID partnerId = rs.getObject(2, UUID.class);
                    UUID personId = rs.getObject(3, UUID.class);
                    UUID userId = rs.getObject(4, UUID.class);
                    UUID specialty = rs.getObject(5, UUID.class);
                    UUID organizationId = rs.getObject(8, UUID.class);
                    Found partner = partners.get(partnerId);
                    EndorserWeight weight;
                    String circle;
                    if (userId != null) {
                        weight = EndorserWeight.member(userId.equals(reader.userId()));
                        circle = "team";
                    } else {
                        if (personId.equals(partner.personId()) || (organizationId != null
                                && organizationId.equals(partner.organizationId()))) {
                            return;
                        }
                        weight = EndorserWeight.person(rs.getString(9), rs.getString(10));
                        circle = weight.neverMet() ? "never-met" : organizationId != null
                                ? "organization:" + organizationId : "person:" + personId;
                    }
                    if (weight.weight() > 0) {
                        // Named by words() for the paths shown: the weighing never reads a name.
                        vouches.add(new Vouch(rs.getObject(1, UUID.class), partnerId, personId, "", weight.tier(),
                                weight.weight(), circle, rs.getInt(7), rs.getObject(6, LocalDate.class),
                                specialtyIds == null || (specialty != null && specialtyIds.contains(specialty)), null));
                    }
                });
        return vouches;
    }

    /** Who endorsed and what they said, as a path shows it. */
    record Words(String endorserName, @Nullable String said) {}

    /**
     * The endorsers' names (the reader's own endorsements as "You") and what they said, for the endorsements shown
     * only: the weighing reads neither, so that its thousands of rows stay narrow.
     */
    Map<UUID, Words> words(Actor reader, Collection<UUID> endorsementIds) {
        if (endorsementIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Words> words = new HashMap<>();
        jdbc.sql("""
                select e.id, e.endorser_user_id, coalesce(p.name, u.display_name), e.said from endorsement e
                  left join person p on p.id = e.endorser_person_id
                  left join app_user u on u.id = e.endorser_user_id
                 where e.id = any(:ids)""")
                .param("ids", ids(endorsementIds))
                .query((rs, n) -> words.put(rs.getObject(1, UUID.class), new Words(
                        reader.userId().equals(rs.getObject(2, UUID.class)) ? "You" : rs.getString(3), rs.getString(4))))
                .list();
        return words;
    }

    /**
     * Since when the team has known each person: the first touchpoint with them that the reader may read (shared,
     * their own, their reports'), so a private meeting does not date an acquaintance it kept private.
     */
    Map<UUID, OffsetDateTime> knownSince(Actor reader, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        // Each person's touchpoints in the order of their timeline, from its index alone (touchpoint_person_by_person);
        // then only the earliest of each is checked against the reader's visibility, and the next one where it may not
        // be read. Checking every touchpoint of every endorser shown (some 3,000 rows) took 50 ms on the benchmark;
        // most people's first touchpoint is shared, so one or two rounds of a few dozen rows settle them.
        Map<UUID, List<Touch>> timelines = new LinkedHashMap<>();
        jdbc.sql("""
                select tp.person_id, tp.occurred_at, tp.touchpoint_id from touchpoint_person tp
                 where tp.person_id = any(:people) order by tp.person_id, tp.occurred_at""")
                .param("people", ids(personIds))
                .query((rs, n) -> timelines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Touch(rs.getObject(3, UUID.class), rs.getObject(2, OffsetDateTime.class))))
                .list();
        SqlFilter touchpoint = access.readFilter(reader, "t");
        Map<UUID, OffsetDateTime> since = new HashMap<>();
        // Where each person not yet settled is in their timeline; each round looks twice as far as the last, so a
        // person whose first hundred touchpoints are private to others costs a handful of rounds, not a hundred.
        Map<UUID, Integer> next = new HashMap<>();
        timelines.keySet().forEach(person -> next.put(person, 0));
        for (int width = 1; !next.isEmpty(); width *= 2) {
            Set<UUID> asked = new HashSet<>();
            for (Map.Entry<UUID, Integer> at : next.entrySet()) {
                List<Touch> timeline = timelines.get(at.getKey());
                timeline.subList(at.getValue(), Math.min(timeline.size(), at.getValue() + width))
                        .forEach(t -> asked.add(t.touchpointId()));
            }
            Set<UUID> readable = new HashSet<>(jdbc.sql("select t.id from touchpoint t where t.id = any(:ids) and "
                    + touchpoint.sql()).params(touchpoint.params()).param("ids", ids(asked)).query(UUID.class).list());
            for (UUID person : List.copyOf(next.keySet())) {
                List<Touch> timeline = timelines.get(person);
                int from = next.get(person);
                int to = Math.min(timeline.size(), from + width);
                Optional<Touch> first = timeline.subList(from, to).stream()
                        .filter(t -> readable.contains(t.touchpointId())).findFirst();
                if (first.isPresent()) {
                    since.put(person, first.get().occurredAt());
                    next.remove(person);
                } else if (to < timeline.size()) {
                    next.put(person, to);
                } else {
                    next.remove(person);
                }
            }
        }
        return since;
    }

    private record Touch(UUID touchpointId, OffsetDateTime occurredAt) {}

    /**
     * Ids as one array parameter ({@code = any(:ids)}) rather than a list spelled out ({@code in (:ids)}): the
     * statement's text is then the same for any number of them, so H2 keeps it parsed and planned, with the results
     * of its sub-selects (the hidden deals and organizations of the deployments' filter), from one search to the next.
     */
    private static SqlArrayValue ids(Collection<UUID> ids) {
        return new SqlArrayValue("uuid", ids.toArray());
    }
}
