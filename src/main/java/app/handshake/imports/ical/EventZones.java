package app.handshake.imports.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * The time zones of one calendar file, as ical4j asks for them: the file's own VTIMEZONEs first, then IANA
 * names, then the names real applications write instead (Windows names, libical paths), and for a blank or
 * unknown TZID the calendar's X-WR-TIMEZONE, else UTC. Remembers which of these were deviations.
 */
final class EventZones implements TimeZoneRegistry {

    /** "(UTC+10:00) Canberra, Melbourne, Sydney": Outlook 2003 wrote the name without the offset. */
    private static final Pattern WINDOWS_DISPLAY_NAME = Pattern.compile("\\((?:UTC|GMT)[^)]*\\)\\s*(.+)");

    record Resolved(ZoneId zone, String deviation) {}

    private final TimeZoneRegistry file = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Resolved> resolved = new HashMap<>();
    private ZoneId fallback = ZoneOffset.UTC;
    private String fallbackName = "UTC";
    private boolean settled;

    /**
     * Called once the whole file is read, when VTIMEZONEs that come after their events are known; the
     * calendar's X-WR-TIMEZONE then stands in for missing zones. Returns a deviation to report, or null.
     */
    synchronized String settle(String wrTimezone) {
        settled = true;
        if (wrTimezone == null || wrTimezone.isBlank()) {
            return null;
        }
        ZoneId named = named(wrTimezone.strip());
        if (named == null) {
            return "X-WR-TIMEZONE '" + wrTimezone + "' is not a time zone; UTC stands in for missing zones";
        }
        fallback = named;
        fallbackName = "the calendar's time zone (X-WR-TIMEZONE " + wrTimezone.strip() + ")";
        return null;
    }

    ZoneId fallback() {
        return fallback;
    }

    String fallbackName() {
        return fallbackName;
    }

    synchronized Resolved resolve(String tzId) {
        Resolved known = resolved.get(tzId);
        if (known != null) {
            return known;
        }
        Resolved fresh = resolveAfresh(tzId == null ? "" : tzId);
        if (settled) {
            resolved.put(tzId, fresh);
        }
        return fresh;
    }

    private Resolved resolveAfresh(String tzId) {
        String id = tzId.strip();
        if (id.isEmpty()) {
            return new Resolved(fallback, "blank time zone (TZID); read as " + fallbackName);
        }
        ZoneId own = fromFile(tzId);
        if (own != null) {
            return new Resolved(own, null);
        }
        ZoneId iana = iana(id);
        if (iana != null) {
            return new Resolved(iana, null);
        }
        ZoneId windows = windows(id);
        if (windows != null) {
            return new Resolved(windows, "time zone '" + id + "' is not an IANA name (Windows writes it); read as "
                    + windows.getId());
        }
        ZoneId libical = libical(id);
        if (libical != null) {
            return new Resolved(libical, "time zone '" + id + "' is a libical path; read as " + libical.getId());
        }
        return new Resolved(fallback, "unknown time zone '" + id + "' and no VTIMEZONE for it; read as "
                + fallbackName);
    }

    private ZoneId named(String id) {
        for (ZoneId zone : new ZoneId[] {fromFile(id), iana(id), windows(id), libical(id)}) {
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    private ZoneId fromFile(String id) {
        try {
            return file.getZoneRules().isEmpty() ? null : file.getZoneId(id);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static ZoneId iana(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    /** ical4j's aliases map Windows ids and display names (with their offset) to IANA zones. */
    private static ZoneId windows(String id) {
        try {
            return TimeZoneRegistry.getGlobalZoneId(id);
        } catch (DateTimeException unknown) {
            for (Map.Entry<String, String> alias : TimeZoneRegistry.ZONE_ALIASES.entrySet()) {
                Matcher display = WINDOWS_DISPLAY_NAME.matcher(alias.getKey());
                if (display.matches() && display.group(1).strip().equals(id)) {
                    return iana(alias.getValue());
                }
            }
            return null;
        }
    }

    /** "/softwarestudio.org/Tzfile/America/Chicago", "/mozilla.org/20050126_1/Europe/London". */
    private static ZoneId libical(String id) {
        if (!id.startsWith("/")) {
            return null;
        }
        String rest = id;
        for (int slash = rest.indexOf('/'); slash >= 0; slash = rest.indexOf('/')) {
            rest = rest.substring(slash + 1);
            ZoneId zone = iana(rest);
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return resolve(tzId).zone();
    }

    /**
     * ical4j asks a registry for a TZID only when the registry holds zone rules; answering for an empty one
     * too is what lets names without a VTIMEZONE (blank, Windows, libical) resolve here instead of failing.
     */
    @Override
    public Map<String, ZoneRules> getZoneRules() {
        Map<String, ZoneRules> rules = file.getZoneRules();
        return rules.isEmpty() ? Map.of(ZoneOffset.UTC.getId(), ZoneOffset.UTC.getRules()) : rules;
    }

    @Override
    public void register(TimeZone timezone) {
        file.register(timezone);
    }

    /** An update would fetch the zone from its TZURL: an uploaded file must not make the server go online. */
    @Override
    public void register(TimeZone timezone, boolean update) {
        file.register(timezone, false);
    }

    @Override
    public void clear() {
        file.clear();
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return file.getTimeZone(id);
    }

    @Override
    public String getTzId(String zoneId) {
        return file.getTzId(zoneId);
    }
}
