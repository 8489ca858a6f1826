package app.handshake.imports.vcard;

import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.shared.EmailAddress;
import ezvcard.VCard;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one vCard says about a person, in Handshake's terms; photos and the rest are left behind. Every value
 * goes through {@link #text}: quoted-printable bytes are decoded there, and no replacement character (U+FFFD)
 * is stored without a warning.
 */
final class CardContact {

    // Apple writes its standard labels as _$!<Mobile>!$_ in X-ABLabel; custom ones as plain text.
    private static final Pattern APPLE_LABEL = Pattern.compile("_\\$!<(.+)>!\\$_");

    private static final ScribeIndex SCRIBES = new ScribeIndex();

    private final VCard card;
    private final Origin origin;
    private final QuotedPrintableValues quotedPrintable;
    private final Charset fileCharset;
    private final List<Notice> notices = new ArrayList<>();
    private final Set<String> undecodable = new HashSet<>();

    /** {@code fileCharset}: what the file's text was read in, which is what its other values are. */
    CardContact(VCard card, Origin origin, QuotedPrintableValues quotedPrintable, Charset fileCharset) {
        this.card = card;
        this.origin = origin;
        this.quotedPrintable = quotedPrintable;
        this.fileCharset = fileCharset;
    }

    IncomingContact toContact() {
        List<Labelled> emails = emails();
        Address address = card.getAddresses().isEmpty() ? null : card.getAddresses().getFirst();
        String organization = card.getOrganization() == null ? null
                : card.getOrganization().getValues().stream().map(v -> text(card.getOrganization(), v))
                        .filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip).orElse(null);
        boolean company = isCompanyCard();
        String name = name(emails, organization);
        return new IncomingContact(origin, card.getUid() == null ? null : value(card.getUid(), card.getUid().getValue()),
                name, card.getTitles().isEmpty() ? null : value(card.getTitles().getFirst(),
                        card.getTitles().getFirst().getValue()), organization,
                emails, phones(), notes(), tags(), birthday(),
                address == null ? null : value(address, address.getLocality()),
                address == null ? null : value(address, address.getRegion()),
                address == null ? null : value(address, address.getCountry()), null, company);
    }

    List<Notice> notices() {
        return notices;
    }

    private String name(List<Labelled> emails, String organization) {
        String formatted = card.getFormattedName() == null ? null
                : value(card.getFormattedName(), card.getFormattedName().getValue());
        if (formatted != null) {
            return formatted;
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String joined = Stream.of(Stream.of(n.getGiven()), n.getAdditionalNames().stream(), Stream.of(n.getFamily()))
                    .flatMap(s -> s).map(s -> value(n, s)).filter(s -> s != null).collect(Collectors.joining(" "));
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        if (isCompanyCard() && organization != null) {
            return organization;
        }
        if (!emails.isEmpty()) {
            notices.add(new Notice(origin, "the card has no name; named after its email address"));
            return emails.getFirst().value();
        }
        return null;
    }

    private boolean isCompanyCard() {
        return card.getExtendedProperties("X-ABShowAs").stream().anyMatch(p -> "COMPANY".equalsIgnoreCase(p.getValue()))
                || card.getKind() != null && card.getKind().isOrg();
    }

    private List<Labelled> emails() {
        List<Labelled> emails = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Email email : card.getEmails()) {
            String value = email.getValue() == null ? "" : text(email, email.getValue()).strip();
            if (!EmailAddress.isValid(value)) {
                notices.add(new Notice(origin, "left out \"" + value + "\": not an email address"));
            } else if (seen.add(value.toLowerCase(Locale.ROOT))) {
                emails.add(new Labelled(value, label(email, email.getTypes().stream().map(VCardParameter::getValue))));
            }
        }
        return emails;
    }

    private List<Labelled> phones() {
        List<Labelled> phones = new ArrayList<>();
        for (Telephone tel : card.getTelephoneNumbers()) {
            String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
            number = value(tel, number);
            if (number != null) {
                phones.add(new Labelled(number, label(tel, tel.getTypes().stream().map(VCardParameter::getValue))));
            }
        }
        return phones;
    }

    /** The group's X-ABLabel if there is one, else the first TYPE that says more than "pref" or "voice". */
    private String label(VCardProperty property, Stream<String> types) {
        if (property.getGroup() != null) {
            for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
                if (property.getGroup().equalsIgnoreCase(label.getGroup()) && label.getValue() != null) {
                    String text = text(label, label.getValue());
                    Matcher apple = APPLE_LABEL.matcher(text);
                    return apple.matches() ? apple.group(1).toLowerCase(Locale.ROOT) : text.strip();
                }
            }
        }
        String label = types.map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !Set.of("pref", "voice", "internet", "x400", "postal").contains(t)).distinct()
                .collect(Collectors.joining(" "));
        return label.isEmpty() ? null : label;
    }

    private String notes() {
        String notes = card.getNotes().stream().map(note -> value(note, note.getValue())).filter(v -> v != null)
                .collect(Collectors.joining("\n\n"));
        return notes.isEmpty() ? null : notes;
    }

    /** Categories become tags; a comma inside one (escaped, as some add-ons write lists) separates tags too. */
    private List<String> tags() {
        return card.getCategoriesList().stream()
                .flatMap(categories -> categories.getValues().stream().map(t -> text(categories, t)))
                .filter(t -> t != null).flatMap(t -> Stream.of(t.split(","))).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    private LocalDate birthday() {
        if (card.getBirthday() == null || card.getBirthday().getDate() == null) {
            return null;
        }
        Temporal date = card.getBirthday().getDate();
        return switch (date) {
            case LocalDate d -> d;
            case LocalDateTime dt -> dt.toLocalDate();
            case OffsetDateTime odt -> odt.toLocalDate();
            default -> {
                notices.add(new Notice(origin, "left out the birthday: " + date));
                yield null;
            }
        };
    }

    /** The property's text, stripped, or null when blank. */
    private String value(VCardProperty property, String value) {
        String text = text(property, value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The property's text as it is stored: bytes left by quoted-printable without a CHARSET are decoded here;
     * a replacement character still in it (bytes no charset could read) is stored with a warning, never
     * silently.
     */
    private String text(VCardProperty property, String value) {
        if (value == null) {
            return null;
        }
        String text = value;
        String charset = property.getParameters().getCharset() != null ? property.getParameters().getCharset()
                : fileCharset.name();
        if (QuotedPrintableValues.holdsBytes(property)) {
            QuotedPrintableValues.Decoded decoded = quotedPrintable.decode(value);
            text = decoded.text();
            charset = decoded.charset().name();
        }
        if (text.indexOf('\uFFFD') >= 0 && undecodable.add(nameOf(property))) {
            notices.add(new Notice(origin, nameOf(property) + " holds bytes that are not " + charset
                    + " text; they are stored as \uFFFD (choose the file's charset, or fix the card)"));
        }
        return text;
    }

    private static String nameOf(VCardProperty property) {
        if (property instanceof RawProperty raw) {
            return raw.getPropertyName();
        }
        return SCRIBES.hasPropertyScribe(property) ? SCRIBES.getPropertyScribe(property).getPropertyName()
                : property.getClass().getSimpleName();
    }
}
