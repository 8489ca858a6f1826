package app.handshake.imports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

class ParameterTextTest {

    @Test
    void whatQuotesCarryIsWrittenAsItIs() {
        for (String name : List.of("Ó Súilleabháin, Seán", "Ng: Sales; EMEA", "Seán O'Brien", "Kim ^_^ Park^", "Zoë 👩🏽‍💻",
                "a\tb")) {
            assertThat(ParameterText.encoded(name)).isEqualTo(name);
            assertThat(ParameterText.quoted(name)).isEqualTo("\"" + name + "\"");
        }
    }

    @Test
    void rfc6868OnlyForQuotesLineBreaksAndCaretsThatWouldReadAsAnEscape() {
        assertThat(ParameterText.encoded("Ann \"Nan\" Lee")).isEqualTo("Ann ^'Nan^' Lee");
        assertThat(ParameterText.encoded("two\nlines\r\nthree\rfour")).isEqualTo("two^nlines^nthree^nfour");
        assertThat(ParameterText.encoded("^n ^N ^' ^^ ^\" ^\n ^x")).isEqualTo("^^n ^^N ^^' ^^^ ^^^' ^^^n ^x");
        assertThat(ParameterText.encoded("a\u0001b\u007Fc")).isEqualTo("abc");
    }

    @Test
    void handshakesCalendarImportReadsEveryNameBackAsItWas() throws Exception {
        // Not "^n" or "^'" as text: ical4j decodes ^' and ^n before ^^, so it reads ^^n as a caret and a line break.
        List<String> names = List.of("Ó Súilleabháin, Seán", "Ng: Sales; EMEA", "Ann \"Nan\" Lee", "Kim ^_^ Park^",
                "Lee ^^ Ko", "two\nlines", "Zoë 👩🏽‍💻");
        VEvent event = new VEvent(Instant.parse("2026-10-02T12:30:00Z"), "Lunch");
        for (int i = 0; i < names.size(); i++) {
            Attendee attendee = new Attendee(URI.create("mailto:p" + i + "@example.com"));
            attendee.add(new CommonName(names.get(i)));
            event.add(attendee);
        }
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Handshake//Test//EN\r\n" + event + "END:VCALENDAR\r\n";
        assertThat(text).contains("CN=\"Ó Súilleabháin, Seán\":").contains("CN=\"Ann ^'Nan^' Lee\":");

        Calendar read = new CalendarBuilder().build(new StringReader(text));
        List<String> back = read.<VEvent>getComponents("VEVENT").getFirst().<Property>getProperties("ATTENDEE").stream()
                .map(a -> a.getParameter(Parameter.CN).orElseThrow().getValue()).toList();
        assertThat(back).containsExactlyElementsOf(names);
    }
}
