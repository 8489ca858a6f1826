package app.handshake.imports.mail;

import app.handshake.imports.incoming.Address;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * Mail that no person wrote to us: delivery reports, auto-replies, mailing lists and newsletters, messages
 * from addresses nobody reads. Such mail is no contact moment, and its sender no person to know. Each test
 * is a header the sending software sets for exactly this purpose (RFC 3464, 3834, 2369, 2919) or a sender
 * address that says it; the reason names it, so that a user can see why a message was left out.
 */
final class AutomaticMail {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    /** noreply@, no-reply@, donotreply@, do_not_reply@, also inside a name: calendar-noreply@, noreply-billing@. */
    private static final Pattern NO_REPLY = Pattern.compile("(?:^|[-+_.])(?:no|do[-_.]?not)[-_.]?reply(?:$|[-+_.])");
    private static final Pattern REPORT_TYPE = Pattern.compile("(?i)report-type\\s*=\\s*\"?([a-z-]+)");

    private AutomaticMail() {}

    /**
     * Why the message was sent by a program, or null when a person wrote it. {@code calendarMethod} is the
     * iTIP method of a calendar the message carries, or null. A reply to an invitation (Accepted: ...) is
     * what a calendar writes when its owner presses a button: no words, and the meeting itself comes from
     * the invitation or the calendar, so logging the reply too would count one meeting twice. A
     * cancellation is no meeting and no conversation either.
     */
    static String reason(HeaderFields headers, Address from, String calendarMethod) {
        if (calendarMethod != null) {
            switch (calendarMethod) {
                case "REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH" -> {
                    return "calendar reply (METHOD:" + calendarMethod + ")";
                }
                case "CANCEL" -> {
                    return "meeting cancellation (METHOD:CANCEL)";
                }
                default -> {
                    // REQUEST and ADD invite, PUBLISH shares: the message is what the rest says it is
                }
            }
        }
        String contentType = value(headers.first("content-type"));
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
            var type = REPORT_TYPE.matcher(contentType);
            String reportType = type.find() ? type.group(1).toLowerCase(Locale.ROOT) : "";
            if (reportType.equals("disposition-notification")) {
                return "read receipt (multipart/report; report-type=disposition-notification)";
            }
            return "delivery failure report (multipart/report"
                    + (reportType.isEmpty() ? "" : "; report-type=" + reportType) + ")";
        }
        String localPart = localPart(from);
        if (DAEMONS.contains(localPart)) {
            return "delivery failure report (from " + from.email() + ")";
        }
        String autoSubmitted = token(headers.first("auto-submitted"));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
            return (autoSubmitted.equals("auto-replied") ? "auto-reply" : "sent by a program")
                    + " (Auto-Submitted: " + autoSubmitted + ")";
        }
        for (String name : new String[] {"x-autoreply", "x-autorespond"}) {
            Field field = headers.first(name);
            if (field != null && !Set.of("no", "false").contains(token(field))) {
                return "auto-reply (" + field.getName() + ")";
            }
        }
        if (headers.first("list-id") != null) {
            return "mailing list (List-Id: " + value(headers.first("list-id")) + ")";
        }
        if (headers.first("list-unsubscribe") != null) {
            return "mailing list or newsletter (List-Unsubscribe)";
        }
        String precedence = token(headers.first("precedence"));
        switch (precedence) {
            case "auto_reply" -> {
                return "auto-reply (Precedence: auto_reply)";
            }
            case "bulk", "list", "junk" -> {
                return "bulk or list mail (Precedence: " + precedence + ")";
            }
            default -> {
                // no precedence, or one that says nothing about who sent it
            }
        }
        if (NO_REPLY.matcher(localPart).find()) {
            return "no-reply sender (" + from.email() + ")";
        }
        return null;
    }

    private static String localPart(Address from) {
        if (from == null || from.email() == null) {
            return "";
        }
        int at = from.email().lastIndexOf('@');
        return at < 0 ? from.email() : from.email().substring(0, at);
    }

    /** The first word of the value, in lower case: "auto-replied" of "auto-replied; owner-email=...". */
    private static String token(Field field) {
        String text = value(field).toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < text.length() && text.charAt(end) != ';' && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String value(Field field) {
        return field == null || field.getBody() == null ? "" : MimeUtil.unfold(field.getBody()).strip();
    }
}
