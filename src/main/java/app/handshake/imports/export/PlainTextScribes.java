package app.handshake.imports.export;

import ezvcard.io.scribe.CategoriesScribe;
import ezvcard.io.scribe.FormattedNameScribe;
import ezvcard.io.scribe.NoteScribe;
import ezvcard.io.scribe.TitleScribe;
import ezvcard.io.text.VCardWriter;
import ezvcard.io.text.WriteContext;
import ezvcard.property.Categories;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Title;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Name, title, note and categories of a vCard 4.0 with semicolons as they are. RFC 6350 (3.4) requires the
 * escape only in compound values (ORG, ADR) and allows it elsewhere; ez-vcard always writes it, and ical.js
 * then shows "\;" in a name or a note. Backslashes, commas and line breaks are still escaped.
 */
final class PlainTextScribes {

    private PlainTextScribes() {}

    static void registerOn(VCardWriter writer) {
        writer.registerScribe(new FormattedNameScribe() {
            @Override
            protected String _writeText(FormattedName property, WriteContext context) {
                return escaped(property.getValue());
            }
        });
        writer.registerScribe(new TitleScribe() {
            @Override
            protected String _writeText(Title property, WriteContext context) {
                return escaped(property.getValue());
            }
        });
        writer.registerScribe(new NoteScribe() {
            @Override
            protected String _writeText(Note property, WriteContext context) {
                return escaped(property.getValue());
            }
        });
        writer.registerScribe(new CategoriesScribe() {
            @Override
            protected String _writeText(Categories property, WriteContext context) {
                List<String> values = property.getValues();
                return values.stream().map(PlainTextScribes::escaped).collect(Collectors.joining(","));
            }
        });
    }

    static String escaped(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
