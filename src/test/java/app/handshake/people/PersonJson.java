package app.handshake.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the JSON body of a person request, with only the fields a test cares about. */
final class PersonJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> emails = new ArrayList<>();
    private final List<Map<String, Object>> phones = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    private PersonJson(String name) {
        fields.put("name", name);
    }

    static PersonJson aPerson(String name) {
        return new PersonJson(name);
    }

    /** A person with a name and an address no other test uses. */
    static PersonJson aPerson() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new PersonJson("Person " + unique).withEmail(unique + "@example.org");
    }

    PersonJson withEmail(String address) {
        emails.add(Map.of("address", address));
        return this;
    }

    PersonJson withEmail(String address, String label) {
        emails.add(Map.of("address", address, "label", label));
        return this;
    }

    PersonJson withPhone(String number, String label) {
        phones.add(Map.of("number", number, "label", label));
        return this;
    }

    PersonJson withTag(String tag) {
        tags.add(tag);
        return this;
    }

    PersonJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("emails", emails);
        body.putIfAbsent("phones", phones);
        body.putIfAbsent("tags", tags);
        return body;
    }
}
