package app.handshake.accounts.web;

import app.handshake.accounts.AuditTrail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's changes in sentences ("Email changed from a@x to b@x", "Tags: added 'vip'"). The log keeps
 * each value as the text of what the record held (a list as "[a, b]", an email with its label as
 * "LabelledValue[value=a@x, label=work]"); every part of it stays in the sentence, only the wrapping goes.
 */
final class AuditWords {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("emails", "Email"),
            Map.entry("phones", "Phone"), Map.entry("tags", "Tags"), Map.entry("organizationId", "Organization"),
            Map.entry("ownerId", "Owner"), Map.entry("managerId", "Manager"), Map.entry("displayName", "Name"),
            Map.entry("intervalDays", "Interval in days"), Map.entry("mergedId", "Merged record"),
            Map.entry("personIds", "People"), Map.entry("occurredAt", "When"));
    /** "Name[a=1, b=2]": a record's text; its components are read by name. */
    private static final Pattern RECORD = Pattern.compile("^[A-Z]\\w*\\[(.*)]$", Pattern.DOTALL);
    private static final Pattern COMPONENT = Pattern.compile("(?:^|, )(\\w+)=");

    private AuditWords() {}

    static List<String> sentences(AuditTrail.Entry entry) {
        List<String> sentences = new ArrayList<>();
        entry.changes().forEach((field, change) -> sentences.addAll(sentences(field, change)));
        return sentences;
    }

    static List<String> sentences(String field, AuditTrail.Change change) {
        String label = label(field);
        List<String> before = items(change.from());
        List<String> after = items(change.to());
        if (before != null || after != null) {
            return listChanges(field, label, before == null ? List.of() : before, after == null ? List.of() : after);
        }
        String from = value(change.from());
        String to = value(change.to());
        if (from == null || from.isEmpty()) {
            return List.of(to == null || to.isEmpty() ? label + " left empty" : label + ": " + to);
        }
        if (to == null || to.isEmpty()) {
            return List.of(label + " removed (was " + from + ")");
        }
        return List.of(label + " changed from " + from + " to " + to);
    }

    private static List<String> listChanges(String field, String label, List<String> before, List<String> after) {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        if (field.equals("tags")) {
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add("added " + quoted(added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed " + quoted(removed));
            }
            return List.of(label + ": " + (parts.isEmpty() ? "reordered" : String.join(", ", parts)));
        }
        List<String> sentences = new ArrayList<>();
        if (removed.size() == 1 && added.size() == 1) {
            sentences.add(label + " changed from " + removed.get(0) + " to " + added.get(0));
            return sentences;
        }
        removed.forEach(item -> sentences.add(label + " removed: " + item));
        added.forEach(item -> sentences.add(label + " added: " + item));
        if (sentences.isEmpty()) {
            sentences.add(label + ": order changed to " + String.join(", ", after));
        }
        return sentences;
    }

    /** The items of a list's text, or null when the text is no list. */
    static List<String> items(String text) {
        if (text == null || !text.startsWith("[") || !text.endsWith("]")) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        List<String> items = new ArrayList<>();
        if (inner.isBlank()) {
            return items;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && c == ',' && i + 1 < inner.length() && inner.charAt(i + 1) == ' ') {
                items.add(value(inner.substring(start, i)));
                start = i + 2;
            }
        }
        items.add(value(inner.substring(start)));
        return items;
    }

    /** A record's text as its values ("a@x (work)", "Hampton, Virginia, US"); other text as it is. */
    static String value(String text) {
        if (text == null) {
            return null;
        }
        Matcher record = RECORD.matcher(text);
        if (!record.matches()) {
            return text;
        }
        Map<String, String> parts = components(record.group(1));
        if (parts.containsKey("value")) {
            String label = parts.get("label");
            return parts.get("value") + (label == null || label.equals("null") ? "" : " (" + label + ")");
        }
        List<String> values = new ArrayList<>();
        String latitude = parts.remove("latitude");
        String longitude = parts.remove("longitude");
        parts.values().stream().filter(v -> !v.equals("null") && !v.isEmpty()).forEach(values::add);
        if (latitude != null && !latitude.equals("null")) {
            values.add("at " + latitude + ", " + longitude);
        }
        return values.isEmpty() ? "(empty)" : String.join(", ", values);
    }

    private static Map<String, String> components(String inner) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher names = COMPONENT.matcher(inner);
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (names.find()) {
            spans.add(new int[] {names.start(), names.end()});
            keys.add(names.group(1));
        }
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : inner.length();
            parts.put(keys.get(i), inner.substring(spans.get(i)[1], end));
        }
        return parts;
    }

    private static String label(String field) {
        String known = FIELDS.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String quoted(List<String> items) {
        return String.join(", ", items.stream().map(i -> "'" + i + "'").toList());
    }
}
