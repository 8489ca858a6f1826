package app.handshake.relationships;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;

/** How often, in words: "weekly", "every 2 weeks", "monthly", "quarterly", "every 45 days". */
final class CadenceFrequency {

    private CadenceFrequency() {}

    static String of(TemporalAmount every) {
        if (every instanceof Period period) {
            Period p = period.normalized();
            if (p.getDays() == 0) {
                return months(p.toTotalMonths());
            }
            if (p.toTotalMonths() == 0) {
                return days(p.getDays());
            }
            return "every " + plural(p.toTotalMonths(), "month") + " and " + plural(p.getDays(), "day");
        }
        Duration duration = (Duration) every;
        if (duration.toSecondsPart() == 0 && duration.toMinutesPart() == 0 && duration.toHoursPart() == 0) {
            return days(duration.toDays());
        }
        return "every " + plural(duration.toHours(), "hour");
    }

    private static String months(long months) {
        return switch ((int) months) {
            case 1 -> "monthly";
            case 3 -> "quarterly";
            case 12 -> "yearly";
            default -> months % 12 == 0 ? "every " + months / 12 + " years" : "every " + months + " months";
        };
    }

    /** A cadence in days reads as people say it: 30 days is "monthly", as on a keep-in-touch cadence. */
    private static String days(long days) {
        if (days == 1) {
            return "daily";
        }
        if (days == 7) {
            return "weekly";
        }
        if (days >= 28 && days <= 31) {
            return "monthly";
        }
        if (days >= 90 && days <= 92) {
            return "quarterly";
        }
        if (days >= 365 && days <= 366) {
            return "yearly";
        }
        return days % 7 == 0 ? "every " + days / 7 + " weeks" : "every " + days + " days";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
