package app.handshake.benchmark;

import app.handshake.people.SearchWords;
import app.handshake.shared.Ids;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Writes a large workspace straight into the database with batched inserts: users, organizations, people
 * with an email each, touchpoints spread over two years, cadences with their due dates, and deals with their
 * people in roles and their history.
 */
final class BenchmarkData {

    static final String PASSWORD = "bench-password";
    private static final String[] CHANNELS = {"email", "email", "email", "phone", "phone", "video", "message",
            "in_person", "meal", "social"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(42);
    private final OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
    final List<UUID> users = new ArrayList<>();
    final List<String> userEmails = new ArrayList<>();
    /** Person {@code i} works at organization {@code i % organizations}. */
    private final List<UUID> personIds = new ArrayList<>();
    private final List<UUID> organizationIds = new ArrayList<>();
    private static final String[] CURRENCIES = {"USD", "USD", "EUR", "EUR", "GBP", "GBP", "JPY", "CHF"};
    private static final String[] ROLES = {"decision_maker", "champion", "influencer", "user", "blocker"};

    BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void generate(int people, int touchpointsPerPerson, int userCount, int organizationCount) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        List<Object[]> userRows = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            UUID id = Ids.newId();
            users.add(id);
            userEmails.add("seller" + u + "@bench.example");
            userRows.add(new Object[] {id, "seller" + u + "@bench.example", "Seller " + u, hash, now, now});
        }
        jdbc.batchUpdate("""
                insert into app_user (id, email, display_name, role, password_hash, enabled, created_at, updated_at, version)
                values (?, ?, ?, 'member', ?, true, ?, ?, 0)""", userRows);

        List<UUID> organizations = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        List<Object[]> organizationRows = new ArrayList<>();
        List<Object[]> organizationTerms = new ArrayList<>();
        for (int o = 0; o < organizationCount; o++) {
            UUID id = Ids.newId();
            String tier = o % 10 == 0 ? "strategic" : o % 5 == 0 ? "key" : "standard";
            organizations.add(id);
            tiers.add(tier);
            organizationRows.add(new Object[] {id, "Company " + o, "company " + o, tier, users.get(o % userCount), now, now});
            SearchWords.termsOf("Company " + o).forEach(term -> organizationTerms.add(new Object[] {id, term}));
        }
        jdbc.batchUpdate("""
                insert into organization (id, name, sort_name, tier, owner_id, visibility, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, 'shared', ?, ?, 0)""", organizationRows);
        jdbc.batchUpdate("insert into organization_search_term (organization_id, term) values (?, ?)", organizationTerms);

        organizationIds.addAll(organizations);
        int chunk = 500;
        for (int start = 0; start < people; start += chunk) {
            writePeople(start, Math.min(people, start + chunk), touchpointsPerPerson, organizations, tiers);
        }
    }

    /**
     * Deals over the people: each at the organization of its first person, with one to three people in roles;
     * seven in ten open across the stages, the rest won, lost or walked away; one in twenty private; values in
     * several currencies; each with its "created" event and, when closed, the event that closed it.
     */
    void generateDeals(int count) {
        List<UUID> stages = jdbc.queryForList("select id from pipeline_stage order by position", UUID.class);
        List<UUID> reasons = jdbc.queryForList("select id from deal_loss_reason order by position", UUID.class);
        int chunk = 1_000;
        for (int start = 0; start < count; start += chunk) {
            List<Object[]> deals = new ArrayList<>();
            List<Object[]> dealPeople = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + chunk); i++) {
                UUID id = Ids.newId();
                int first = random.nextInt(personIds.size());
                UUID organization = organizationIds.get(first % organizationIds.size());
                UUID owner = users.get(i % users.size());
                UUID stage = stages.get(random.nextInt(stages.size()));
                int roll = random.nextInt(20);
                String outcome = roll < 14 ? "open" : roll < 17 ? "won" : roll < 19 ? "lost" : "walked_away";
                OffsetDateTime created = now.minusDays(1 + random.nextInt(365));
                OffsetDateTime activity = created.plusDays(random.nextInt(30));
                OffsetDateTime closed = outcome.equals("open") ? null : activity;
                String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
                deals.add(new Object[] {id, "Deal " + i, "deal " + i, organization, owner,
                        i % 20 == 0 ? "private" : "shared", stage, 100_000L * (1 + random.nextInt(5_000)), currency,
                        java.sql.Date.valueOf(now.toLocalDate().plusDays(random.nextInt(180))), outcome, closed,
                        outcome.equals("lost") ? reasons.get(random.nextInt(reasons.size())) : null,
                        outcome.equals("lost") ? "Rival " + random.nextInt(20) : null,
                        outcome.equals("open") ? null : "Generated", activity, created, activity});
                int people = 1 + random.nextInt(3);
                for (int p = 0; p < people; p++) {
                    // Colleagues at the same organization: every organizations-th person works there.
                    int index = (first + p * organizationIds.size()) % personIds.size();
                    dealPeople.add(new Object[] {id, personIds.get(index), ROLES[p == 0 ? 0 : 1 + random.nextInt(4)]});
                }
                events.add(new Object[] {Ids.newId(), id, created, owner, "created", null, stage, null});
                if (closed != null) {
                    events.add(new Object[] {Ids.newId(), id, closed, owner, outcome, null, null,
                            outcome.equals("won") ? null : "Generated"});
                }
            }
            jdbc.batchUpdate("""
                    insert into deal (id, version, name, sort_name, organization_id, owner_id, visibility, stage_id,
                        value_amount, value_currency, expected_close, outcome, closed_at, loss_reason_id, won_by,
                        outcome_note, last_activity_at, created_at, updated_at)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", deals);
            jdbc.batchUpdate("insert into deal_person (deal_id, person_id, role) values (?, ?, ?)", dealPeople);
            jdbc.batchUpdate("""
                    insert into deal_event (id, deal_id, occurred_at, actor_id, kind, from_stage_id, to_stage_id, reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", events);
        }
    }

    private void writePeople(int from, int to, int touchpointsPerPerson, List<UUID> organizations, List<String> tiers) {
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        List<Object[]> touchpoints = new ArrayList<>();
        List<Object[]> touchpointPeople = new ArrayList<>();
        List<Object[]> touchpointUsers = new ArrayList<>();
        List<Object[]> cadences = new ArrayList<>();
        List<Object[]> dues = new ArrayList<>();
        for (int i = from; i < to; i++) {
            UUID person = Ids.newId();
            personIds.add(person);
            UUID owner = users.get(i % users.size());
            int organization = i % organizations.size();
            persons.add(new Object[] {person, "Person " + i, "person " + i, organizations.get(organization), owner,
                    i % 20 == 0 ? "private" : "shared", ts(now), ts(now)});
            emails.add(new Object[] {person, "person" + i + "@bench.example"});
            // As the people module writes them: the person's own words, then their organization's.
            var own = SearchWords.termsOf("Person " + i, "person" + i + "@bench.example");
            String sortName = "person " + i;
            own.forEach(term -> terms.add(new Object[] {person, term, sortName, false}));
            SearchWords.termsOf("Company " + organization).stream().filter(term -> !own.contains(term))
                    .forEach(term -> terms.add(new Object[] {person, term, sortName, true}));
            OffsetDateTime last = null;
            String lastChannel = null;
            for (int t = 0; t < touchpointsPerPerson; t++) {
                UUID touchpoint = Ids.newId();
                OffsetDateTime at = now.minusMinutes(random.nextInt(730 * 24 * 60));
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                touchpoints.add(new Object[] {touchpoint, channel, random.nextInt(3) == 0 ? "them" : "us", ts(at),
                        random.nextInt(10) == 0 ? "personal" : "business", owner,
                        random.nextInt(10) == 0 ? "private" : "shared", ts(at), ts(at)});
                touchpointPeople.add(new Object[] {touchpoint, person, ts(at)});
                touchpointUsers.add(new Object[] {touchpoint, owner});
                if (last == null || at.isAfter(last)) {
                    last = at;
                    lastChannel = channel;
                }
            }
            if (i % 10 == 0) {
                cadences.add(new Object[] {person, 30, ts(now)});
                OffsetDateTime due = last == null ? now : last.plusDays(30);
                dues.add(new Object[] {person, owner, 30, last == null ? null : ts(last), ts(due),
                        "strategic".equals(tiers.get(organization)) ? 3.0 : "key".equals(tiers.get(organization)) ? 2.0 : 1.0,
                        lastChannel == null ? "" : lastChannel});
            }
        }
        jdbc.batchUpdate("""
                insert into person (id, name, sort_name, organization_id, owner_id, visibility, source_channel,
                    created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 'demo', ?, ?, 0)""", persons);
        jdbc.batchUpdate("insert into person_email (person_id, ordinal, address) values (?, 0, ?)", emails);
        jdbc.batchUpdate("""
                insert into person_search_term (person_id, term, sort_name, through_organization)
                values (?, ?, ?, ?)""", terms);
        jdbc.batchUpdate("""
                insert into touchpoint (id, channel, initiated_by, occurred_at, topic, owner_id, visibility,
                    source_channel, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'api', ?, ?, 0)""", touchpoints);
        jdbc.batchUpdate("insert into touchpoint_person (touchpoint_id, person_id, occurred_at) values (?, ?, ?)",
                touchpointPeople);
        jdbc.batchUpdate("insert into touchpoint_user (touchpoint_id, user_id) values (?, ?)", touchpointUsers);
        jdbc.batchUpdate("insert into cadence (person_id, interval_days, updated_at) values (?, ?, ?)", cadences);
        jdbc.batchUpdate("""
                insert into cadence_due (person_id, assignee_id, interval_days, last_qualifying_at, due_at, value_weight,
                    tier, recent_channels)
                values (?, ?, ?, ?, ?, ?, 'acquaintance', ?)""", dues);
    }

    /**
     * A deployment for every won deal, as a won deal opens one, started on the day it was won and as private as
     * the deal; two in three reached active use 10 to 90 days later (when that day has come), and are in it now.
     * Answers how many are in active use.
     */
    int generateDeployments() {
        List<Object[]> rows = new ArrayList<>();
        int[] inUse = {0};
        java.time.LocalDate today = now.toLocalDate();
        jdbc.query("""
                select id, name, sort_name, organization_id, owner_id, visibility, closed_at from deal
                 where outcome = 'won' order by id""", rs -> {
            java.time.LocalDate started = rs.getObject(7, OffsetDateTime.class).toLocalDate();
            java.time.LocalDate active = random.nextInt(3) < 2 ? started.plusDays(10 + random.nextInt(81)) : null;
            if (active != null && active.isAfter(today)) {
                active = null;
            }
            inUse[0] += active == null ? 0 : 1;
            rows.add(new Object[] {Ids.newId(), rs.getString(2), rs.getString(3), rs.getObject(1, UUID.class),
                    rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
                    java.sql.Date.valueOf(started), now, now, active == null ? null : java.sql.Date.valueOf(active),
                    active == null ? null : java.sql.Date.valueOf(active)});
        });
        jdbc.batchUpdate("""
                insert into deployment (id, version, name, sort_name, deal_id, organization_id, owner_id, visibility,
                    started_on, created_at, updated_at, active_since, first_active_on)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return inUse[0];
    }

    /** Trades of the partners' vocabulary, most common first, each with a synonym. */
    static final String[][] TRADES = {{"Electrical", "electrician"}, {"Plumbing", "plumber"}, {"Roofing", "roofer"},
            {"Carpentry", "carpenter"}, {"Heating", "hvac"}, {"Painting", "painter"}, {"Landscaping", "gardener"},
            {"Networking", "network cabling"}, {"Security systems", "alarms"}, {"Solar", "photovoltaics"},
            {"Flooring", "floor fitter"}, {"Glazing", "glazier"}, {"Masonry", "bricklayer"}, {"Locksmith", "locks"},
            {"Cleaning", "cleaner"}, {"Moving", "movers"}, {"Catering", "caterer"}, {"Signage", "signs"},
            {"Printing", "printer"}, {"Translation", "translator"}, {"Legal", "lawyer"}, {"Accounting", "accountant"},
            {"Recruiting", "recruiter"}, {"Training", "trainer"}, {"Photography", "photographer"},
            {"Video production", "videographer"}, {"Web design", "web designer"}, {"IT support", "helpdesk"},
            {"Telephony", "phone systems"}, {"Audio visual", "av"}};
    static final int COUNTRIES = 5;
    static final int REGIONS_PER_COUNTRY = 4;
    static final int CITIES_PER_REGION = 10;

    static String cityName(int city) {
        return "City " + city;
    }

    /** A place's name as the people module keeps it beside the address (lower-cased). */
    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String regionName(int city) {
        return "Region " + (city / CITIES_PER_REGION);
    }

    private static String countryName(int city) {
        return "Country " + (city / CITIES_PER_REGION / REGIONS_PER_COUNTRY);
    }

    private static double[] centre(int city) {
        // Countries 20 degrees apart, regions 3, cities half a degree: circles of tens of km reach a few neighbours.
        int country = city / CITIES_PER_REGION / REGIONS_PER_COUNTRY;
        int region = city / CITIES_PER_REGION % REGIONS_PER_COUNTRY;
        return new double[] {30 + country * 5 + region * 1.5 + (city % CITIES_PER_REGION) * 0.1,
                -120 + country * 20 + region * 3 + (city % CITIES_PER_REGION) * 0.5};
    }

    /**
     * Partners with their trades, service areas, certifications, delivery record and endorsements: each partner an
     * organization of its own (one in twenty private); one to three trades, the first trades far more common; most
     * serve a city, some a region, a country or a circle; endorsements by the workspace's people (a few very
     * prolific), one in fifty by a team member, rated mostly well, given over fifteen years. Organizations get a
     * site in one of the cities, so that place names resolve. Won deals' deployments name partners taking part.
     */
    void generatePartners(int partners, int endorsements) {
        int cities = COUNTRIES * REGIONS_PER_COUNTRY * CITIES_PER_REGION;
        List<Object[]> sites = new ArrayList<>();
        for (int o = 0; o < organizationIds.size(); o++) {
            int city = o % cities;
            double[] at = centre(city);
            sites.add(new Object[] {organizationIds.get(o), cityName(city), regionName(city), countryName(city), at[0],
                    at[1], key(cityName(city)), key(regionName(city)), key(countryName(city))});
        }
        jdbc.batchUpdate("""
                insert into organization_site (organization_id, ordinal, name, city, region, country, latitude, longitude,
                    city_key, region_key, country_key)
                values (?, 0, 'Head office', ?, ?, ?, ?, ?, ?, ?, ?)""", sites);
        List<UUID> trades = new ArrayList<>();
        List<Object[]> specialties = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        for (String[] trade : TRADES) {
            // The starter vocabulary already holds some trades (or a synonym of one): those are the workspace's own,
            // and the trade's other words join them; a term belongs to one specialty only.
            String name = trade[0].toLowerCase(java.util.Locale.ROOT);
            List<UUID> known = jdbc.queryForList("select specialty_id from specialty_term where term in (?, ?)",
                    UUID.class, name, trade[1]);
            UUID id = known.isEmpty() ? Ids.newId() : known.getFirst();
            trades.add(id);
            if (known.isEmpty()) {
                specialties.add(new Object[] {id, trade[0], now});
            }
            for (String term : List.of(name, trade[1])) {
                if (jdbc.queryForObject("select count(*) from specialty_term where term = ?", Long.class, term) == 0) {
                    terms.add(new Object[] {term, id, term.equals(name) && known.isEmpty()});
                }
            }
        }
        jdbc.batchUpdate("insert into specialty (id, version, name, created_at) values (?, 0, ?, ?)", specialties);
        jdbc.batchUpdate("insert into specialty_term (term, specialty_id, is_name) values (?, ?, ?)", terms);

        List<UUID> partnerOrganizations = new ArrayList<>();
        List<UUID> partnerIds = new ArrayList<>();
        for (int start = 0; start < partners; start += 1_000) {
            List<Object[]> organizations = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> offered = new ArrayList<>();
            List<Object[]> areas = new ArrayList<>();
            List<Object[]> certifications = new ArrayList<>();
            List<Object[]> referrals = new ArrayList<>();
            for (int i = start; i < Math.min(partners, start + 1_000); i++) {
                UUID organization = Ids.newId();
                UUID partner = Ids.newId();
                partnerOrganizations.add(organization);
                partnerIds.add(partner);
                UUID owner = users.get(i % users.size());
                organizations.add(new Object[] {organization, "Partner " + i, "partner " + i, owner,
                        i % 20 == 0 ? "private" : "shared", now, now});
                rows.add(new Object[] {partner, "Partner " + i, "partner " + i, organization, owner, now, now});
                java.util.Set<Integer> chosen = new java.util.TreeSet<>();
                int count = 1 + random.nextInt(3);
                while (chosen.size() < count) {
                    // Squared: the first trades are far more common, as electricians are than translators.
                    double r = random.nextDouble();
                    chosen.add((int) (r * r * trades.size()));
                }
                chosen.forEach(t -> offered.add(new Object[] {partner, trades.get(t)}));
                int city = random.nextInt(cities);
                int roll = random.nextInt(20);
                if (roll < 12) {
                    areas.add(new Object[] {Ids.newId(), partner, "city", cityName(city), cityName(city).toLowerCase(), null, null, null});
                } else if (roll < 17) {
                    areas.add(new Object[] {Ids.newId(), partner, "region", regionName(city), regionName(city).toLowerCase(), null, null, null});
                } else if (roll < 19) {
                    areas.add(new Object[] {Ids.newId(), partner, "country", countryName(city), countryName(city).toLowerCase(), null, null, null});
                } else {
                    double[] at = centre(city);
                    areas.add(new Object[] {Ids.newId(), partner, "radius", cityName(city), null, at[0], at[1], 25 + random.nextInt(100)});
                }
                if (random.nextInt(4) == 0) {
                    int other = random.nextInt(cities);
                    areas.add(new Object[] {Ids.newId(), partner, "city", cityName(other), cityName(other).toLowerCase(), null, null, null});
                }
                if (random.nextInt(2) == 0) {
                    certifications.add(new Object[] {Ids.newId(), partner, "Licensed",
                            java.sql.Date.valueOf(now.toLocalDate().plusDays(-365 + random.nextInt(1_100)))});
                }
                for (int r = random.nextInt(3); r > 0; r--) {
                    String outcome = new String[] {"engaged", "declined", "delivered_well", "delivered_well",
                            "delivered_badly"}[random.nextInt(5)];
                    java.sql.Date on = java.sql.Date.valueOf(now.toLocalDate().minusDays(random.nextInt(1_500)));
                    referrals.add(new Object[] {Ids.newId(), partner, on, outcome, on, owner, now, now});
                }
            }
            jdbc.batchUpdate("""
                    insert into organization (id, name, sort_name, tier, owner_id, visibility, created_at, updated_at, version)
                    values (?, ?, ?, 'standard', ?, ?, ?, ?, 0)""", organizations);
            jdbc.batchUpdate("""
                    insert into partner (id, version, name, sort_name, kind, organization_id, created_by, created_at,
                        updated_at)
                    values (?, 0, ?, ?, 'company', ?, ?, ?, ?)""", rows);
            jdbc.batchUpdate("insert into partner_specialty (partner_id, specialty_id) values (?, ?)", offered);
            jdbc.batchUpdate("""
                    insert into partner_area (id, partner_id, kind, place, place_key, latitude, longitude, radius_km)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", areas);
            jdbc.batchUpdate("insert into partner_certification (id, partner_id, name, expires_on) values (?, ?, ?, ?)",
                    certifications);
            jdbc.batchUpdate("""
                    insert into referral (id, version, partner_id, direction, referred_on, outcome, outcome_on,
                        recorded_by, created_at, updated_at)
                    values (?, 0, ?, 'given', ?, ?, ?, ?, ?, ?)""", referrals);
        }
        String[] said = {"stayed until it was fixed", "on time and on budget", "would hire again", "fair price",
                "slow to answer", "left a mess"};
        for (int start = 0; start < endorsements; start += 5_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < Math.min(endorsements, start + 5_000); i++) {
                // Cubed: a few people recommend a great many partners, most recommend one or two.
                double r = random.nextDouble();
                UUID person = personIds.get((int) (r * r * r * personIds.size()));
                boolean member = random.nextInt(50) == 0;
                int rating = new int[] {5, 5, 5, 4, 4, 4, 3, 2, 1, 5}[random.nextInt(10)];
                UUID partner = partnerIds.get(random.nextInt(partnerIds.size()));
                rows.add(new Object[] {Ids.newId(), partner, member ? null : person,
                        member ? users.get(random.nextInt(users.size())) : null,
                        random.nextInt(3) == 0 ? trades.get(random.nextInt(trades.size())) : null,
                        java.sql.Date.valueOf(now.toLocalDate().minusDays(random.nextInt(15 * 365))),
                        said[rating >= 4 ? random.nextInt(4) : 4 + random.nextInt(2)], rating,
                        users.get(i % users.size()), now, now});
            }
            jdbc.batchUpdate("""
                    insert into endorsement (id, version, partner_id, endorser_person_id, endorser_user_id, specialty_id,
                        endorsed_on, said, rating, recorded_by, created_at, updated_at)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        List<Object[]> taking = new ArrayList<>();
        jdbc.query("select id from deployment order by id", rs -> {
            for (int p = random.nextInt(3); p > 0; p--) {
                taking.add(new Object[] {Ids.newId(), rs.getObject(1, UUID.class),
                        partnerOrganizations.get(random.nextInt(partnerOrganizations.size()))});
            }
        });
        jdbc.batchUpdate("insert into deployment_partner (id, deployment_id, organization_id) values (?, ?, ?)", taking);
    }

    private static OffsetDateTime ts(OffsetDateTime at) {
        return at;
    }
}
