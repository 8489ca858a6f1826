package app.handshake.demo;

import static app.handshake.demo.DemoWorkspace.birthday;
import static app.handshake.demo.DemoWorkspace.place;

import app.handshake.people.OrganizationTier;
import app.handshake.shared.Location;
import java.time.LocalDate;
import java.util.List;

/** The demo workspace's organizations and people: fictional, but shaped like a real book of business. */
final class DemoData {

    private DemoData() {}

    record Site(String name, Location location) {}

    record Contact(String name, String title, String phone, LocalDate birthday, String notes, List<String> tags,
            String privateNote) {

        Contact withPrivateNote(String note) {
            return new Contact(name, title, phone, birthday, notes, tags, note);
        }
    }

    record Company(String name, String domain, String industry, OrganizationTier tier, List<Site> sites,
            List<Contact> contacts) {}

    private static Contact contact(String name, String title, String phone, LocalDate birthday, String notes,
            String... tags) {
        return new Contact(name, title, phone, birthday, notes, List.of(tags), null);
    }

    static final List<Company> COMPANIES = List.of(
            new Company("Northwind Logistics", "northwind.example", "Logistics", OrganizationTier.strategic, List.of(
                    new Site("Head office", place("Minneapolis", "MN", "US", 44.9778, -93.2650)),
                    new Site("St. Paul depot", place("St. Paul", "MN", "US", 44.9537, -93.0900)),
                    new Site("Duluth port", place("Duluth", "MN", "US", 46.7867, -92.1005))), List.of(
                    contact("Maria Alvarez", "Chief Information Officer", "+1 612 555 0142", birthday(1974, 3, 12),
                            "Two daughters in college. Runs marathons; ask about Twin Cities Marathon.", "decision-maker", "cio"),
                    contact("Tom Becker", "Head of Operations", "+1 612 555 0178", null,
                            "Prefers phone calls to email.", "champion")
                            .withPrivateNote("Hinted he may move to a competitor next year; keep Maria close."),
                    contact("Priya Natarajan", "IT Procurement Lead", "+1 612 555 0190", null, null, "procurement"),
                    contact("Jonas Lindqvist", "Depot Manager", "+1 651 555 0133", birthday(1981, 9, 2),
                            "Swedish; enjoys ice fishing.", "user"),
                    contact("Rachel Kim", "Security Architect", "+1 612 555 0107", null, null, "influencer", "security"))),
            new Company("Bluebird Health", "bluebirdhealth.example", "Healthcare", OrganizationTier.strategic, List.of(
                    new Site("Main campus", place("Denver", "CO", "US", 39.7392, -104.9903)),
                    new Site("Aurora clinic", place("Aurora", "CO", "US", 39.7294, -104.8319)),
                    new Site("Boulder clinic", place("Boulder", "CO", "US", 40.0150, -105.2705)),
                    new Site("Colorado Springs clinic", place("Colorado Springs", "CO", "US", 38.8339, -104.8214))), List.of(
                    contact("Dr. Samuel Okafor", "Chief Medical Officer", "+1 303 555 0119", birthday(1968, 11, 30),
                            "Former army surgeon. Plays jazz piano.", "decision-maker"),
                    contact("Emily Chen", "Director of Clinical Systems", "+1 303 555 0164", null,
                            "Met at HIMSS; very data-driven.", "champion", "cio"),
                    contact("Luis Ortega", "Facilities Manager", "+1 303 555 0181", null, null, "user"),
                    contact("Hannah Weiss", "Compliance Officer", "+1 303 555 0126", birthday(1985, 6, 18), null,
                            "influencer", "compliance"),
                    contact("Grace Mbeki", "Nurse Informatics Lead", "+1 303 555 0150", null, null, "user"))),
            new Company("Copperline Manufacturing", "copperline.example", "Manufacturing", OrganizationTier.key, List.of(
                    new Site("Plant 1", place("Birmingham", "England", "GB", 52.4862, -1.8904)),
                    new Site("Plant 2", place("Coventry", "England", "GB", 52.4068, -1.5197))), List.of(
                    contact("Oliver Hughes", "Managing Director", "+44 121 496 0012", birthday(1970, 1, 21),
                            "Supports Aston Villa. Two grandchildren.", "decision-maker"),
                    contact("Sophie Turner", "Plant Manager", "+44 121 496 0045", null, null, "champion"),
                    contact("Raj Patel", "IT Manager", "+44 24 7696 0033", null, "Telephony migration next year.",
                            "influencer", "telephony"),
                    contact("Megan Clarke", "Buyer", "+44 121 496 0078", null, null, "procurement"))),
            new Company("Harbor & Finch", "harborfinch.example", "Legal services", OrganizationTier.key, List.of(
                    new Site("Office", place("Boston", "MA", "US", 42.3601, -71.0589))), List.of(
                    contact("Catherine Doyle", "Managing Partner", "+1 617 555 0111", birthday(1966, 4, 8),
                            "Sails on weekends; daughter at MIT.", "decision-maker"),
                    contact("Marcus Reid", "Head of Knowledge Management", "+1 617 555 0139", null, null, "champion"),
                    contact("Anna Kowalski", "Office Manager", "+1 617 555 0172", null, null, "user"),
                    contact("Daniel Ferreira", "IT Director", "+1 617 555 0188", null, null, "influencer", "cio"))),
            new Company("Sundial Energy", "sundialenergy.example", "Renewable energy", OrganizationTier.strategic, List.of(
                    new Site("Headquarters", place("Austin", "TX", "US", 30.2672, -97.7431)),
                    new Site("Solar farm West", place("Pecos", "TX", "US", 31.4229, -103.4932))), List.of(
                    contact("Isabel Moreno", "VP Engineering", "+1 512 555 0121", birthday(1979, 8, 14),
                            "Loves barbecue; knows every place on South Congress.", "decision-maker"),
                    contact("Kevin O'Brien", "Grid Operations Manager", "+1 512 555 0156", null, null, "champion"),
                    contact("Aisha Rahman", "Sustainability Lead", "+1 512 555 0193", null, null, "influencer"),
                    contact("Ben Carter", "Field Technician Lead", "+1 432 555 0117", null, null, "user"))),
            new Company("Alpine Retail Group", "alpineretail.example", "Retail", OrganizationTier.key, List.of(
                    new Site("Head office", place("Zurich", "ZH", "CH", 47.3769, 8.5417)),
                    new Site("Store Bern", place("Bern", "BE", "CH", 46.9480, 7.4474)),
                    new Site("Store Geneva", place("Geneva", "GE", "CH", 46.2044, 6.1432)),
                    new Site("Store Basel", place("Basel", "BS", "CH", 47.5596, 7.5886))), List.of(
                    contact("Lukas Meier", "Chief Executive", "+41 44 555 01 10", birthday(1972, 12, 3),
                            "Skis every weekend in winter.", "decision-maker"),
                    contact("Chiara Rossi", "Head of Store Operations", "+41 44 555 01 24", null, null, "champion"),
                    contact("Nina Baumann", "E-commerce Manager", "+41 44 555 01 37", null, null, "influencer"),
                    contact("Felix Huber", "IT Lead", "+41 31 555 01 48", null, null, "user", "cio"))),
            new Company("Keystone Bank", "keystonebank.example", "Financial services", OrganizationTier.strategic, List.of(
                    new Site("Headquarters", place("Pittsburgh", "PA", "US", 40.4406, -79.9959)),
                    new Site("Operations center", place("Harrisburg", "PA", "US", 40.2732, -76.8867))), List.of(
                    contact("Robert Sinclair", "Chief Operating Officer", "+1 412 555 0102", birthday(1963, 7, 25),
                            "Golf; member at Oakmont.", "decision-maker"),
                    contact("Julia Novak", "Head of Digital Channels", "+1 412 555 0148", null, null, "champion"),
                    contact("Ahmed Hassan", "Risk Manager", "+1 717 555 0163", null, null, "influencer", "compliance"),
                    contact("Laura Bennett", "Vendor Manager", "+1 412 555 0176", null, null, "procurement"))),
            new Company("Tidewater Foods", "tidewaterfoods.example", "Food and beverage", OrganizationTier.standard, List.of(
                    new Site("Plant", place("Norfolk", "VA", "US", 36.8508, -76.2859))), List.of(
                    contact("Grace Thompson", "General Manager", "+1 757 555 0114", null,
                            "Started as a line worker 25 years ago.", "decision-maker"),
                    contact("Carlos Diaz", "Quality Manager", "+1 757 555 0159", null, null, "user"),
                    contact("Wendy Park", "Purchasing Agent", "+1 757 555 0185", null, null, "procurement"))),
            new Company("Lumen Labs", "lumenlabs.example", "Software", OrganizationTier.standard, List.of(
                    new Site("Studio", place("Berlin", "BE", "DE", 52.5200, 13.4050))), List.of(
                    contact("Katrin Vogel", "CTO", "+49 30 555 0123", birthday(1988, 2, 29),
                            "Climbs; organises the Berlin Kotlin meetup.", "decision-maker", "cio"),
                    contact("Mehmet Yilmaz", "Engineering Manager", "+49 30 555 0167", null, null, "champion"),
                    contact("Sara Lind", "Office Lead", "+49 30 555 0189", null, null, "user"))),
            new Company("Prairie Electric Co-op", "prairieelectric.example", "Utilities", OrganizationTier.key, List.of(
                    new Site("Main office", place("Sioux Falls", "SD", "US", 43.5446, -96.7311)),
                    new Site("Service center", place("Brookings", "SD", "US", 44.3114, -96.7984))), List.of(
                    contact("Dale Johnson", "General Manager", "+1 605 555 0131", birthday(1960, 10, 10),
                            "Pheasant hunting every October.", "decision-maker"),
                    contact("Karen Olson", "Member Services Director", "+1 605 555 0144", null, null, "champion"),
                    contact("Tyler Schmidt", "Lineworker Supervisor", "+1 605 555 0198", null, null, "user"),
                    contact("Mia Larson", "IT Coordinator", "+1 605 555 0106", null, null, "influencer"))),
            new Company("Meridian Hotels", "meridianhotels.example", "Hospitality", OrganizationTier.key, List.of(
                    new Site("Downtown", place("Chicago", "IL", "US", 41.8781, -87.6298)),
                    new Site("O'Hare", place("Rosemont", "IL", "US", 41.9950, -87.8842)),
                    new Site("Lakeshore", place("Evanston", "IL", "US", 42.0451, -87.6877))), List.of(
                    contact("Victoria Lane", "VP Guest Experience", "+1 312 555 0115", null,
                            "Wine enthusiast; visited Napa last spring.", "decision-maker"),
                    contact("Andre Williams", "IT Director", "+1 312 555 0152", null, null, "champion", "cio"),
                    contact("Sofia Petrov", "Revenue Manager", "+1 312 555 0179", null, null, "influencer"),
                    contact("James O'Connor", "Front Office Manager", "+1 847 555 0124", null, null, "user"))),
            new Company("Granite Construction Partners", "granitecp.example", "Construction", OrganizationTier.standard, List.of(
                    new Site("Yard", place("Minneapolis", "MN", "US", 44.9778, -93.2650))), List.of(
                    contact("Mike Kowalczyk", "Owner", "+1 612 555 0161", birthday(1958, 5, 5),
                            "Recommended an electrician we trust. Fishing at Lake Mille Lacs.", "decision-maker", "partner",
                            "private"),
                    contact("Jenny Ruiz", "Project Manager", "+1 612 555 0183", null, null, "champion"),
                    contact("Paul Anderson", "Site Foreman", "+1 612 555 0195", null, null, "user", "private"),
                    contact("Olivia Nguyen", "Office Administrator", "+1 612 555 0109", null, null, "user"))));
}
