package app.handshake.imports.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a usage file by its header row (any case; spaces, hyphens and underscores alike): the site, the day
 * and the active users; every further named column counts a usage event of that name ("reports run").
 */
record UsageColumns(int site, int day, int activeUsers, Map<String, Integer> events) {

    static final String SITE = "site";
    static final String DAY = "day";
    static final String ACTIVE_USERS = "active users";

    /** The columns of this header; -1 for one it lacks. */
    static UsageColumns of(List<String> header) {
        int site = -1;
        int day = -1;
        int activeUsers = -1;
        Map<String, Integer> events = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i) == null ? "" : header.get(i).strip();
            switch (written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_")) {
                case "" -> { }
                case "site", "site_name", "site_id" -> site = site < 0 ? i : site;
                case "day", "date" -> day = day < 0 ? i : day;
                case "active_users", "activeusers" -> activeUsers = activeUsers < 0 ? i : activeUsers;
                default -> events.putIfAbsent(written, i);
            }
        }
        return new UsageColumns(site, day, activeUsers, events);
    }

    boolean complete() {
        return site >= 0 && day >= 0 && activeUsers >= 0;
    }
}
