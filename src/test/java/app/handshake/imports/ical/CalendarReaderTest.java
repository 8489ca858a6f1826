package app.handshake.imports.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.LeftOut;
import app.handshake.imports.incoming.OccurrenceLimits;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.shared.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.Test;

class CalendarReaderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-24T12:00:00Z");

    /** Everything a reader gave for one file: meetings, warnings and the records it could not use. */
    private record Read(List<IncomingMeeting> meetings, List<Notice> warnings, List<BadRecordException> bad,
            LeftOut leftOut) {

        List<OffsetDateTime> starts() {
            return meetings.stream().map(IncomingMeeting::start).toList();
        }

        List<String> warningTexts() {
            return warnings.stream().map(Notice::message).toList();
        }
    }

    private static Read read(String file, InputStream in, OffsetDateTime since) {
        return read(file, in, since, OccurrenceLimits.DEFAULT);
    }

    private static Read read(String file, InputStream in, OffsetDateTime since, OccurrenceLimits limits) {
        List<IncomingMeeting> meetings = new ArrayList<>();
        List<Notice> warnings = new ArrayList<>();
        List<BadRecordException> bad = new ArrayList<>();
        try (CalendarReader reader = new CalendarReader(in, new ReadOptions(file, null, NOW, since, false, limits))) {
            while (true) {
                try {
                    Incoming next = reader.next();
                    warnings.addAll(reader.drainWarnings());
                    if (next == null) {
                        return new Read(meetings, warnings, bad, reader.leftOut());
                    }
                    meetings.add((IncomingMeeting) next);
                } catch (BadRecordException e) {
                    warnings.addAll(reader.drainWarnings());
                    bad.add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read corpus(String name, String since) {
        return read(name, corpusFile(name), OffsetDateTime.parse(since));
    }

    private static Read corpus(String name, String since, OccurrenceLimits limits) {
        return read(name, corpusFile(name), OffsetDateTime.parse(since), limits);
    }

    private static Read text(String calendar, String since) {
        return read("test.ics", bytes(calendar), OffsetDateTime.parse(since));
    }

    private static InputStream corpusFile(String name) {
        return CalendarReaderTest.class.getResourceAsStream("/corpus/ical/" + name);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime utc(String instant) {
        return OffsetDateTime.parse(instant);
    }

    /** Independent of ical4j: each weekday from {@code first} at a wall-clock time in a tzdb zone, up to NOW. */
    private static List<OffsetDateTime> weekdaysAt(LocalDate first, LocalTime time, ZoneId zone) {
        return Stream.iterate(first, day -> day.plusDays(1))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .map(day -> day.atTime(time).atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .takeWhile(start -> !start.isAfter(NOW))
                .toList();
    }

    // --- the corpus of real files, one test (or two) per file ------------------------------------------------

    @Test
    void outlookWindowsTimeZoneResolvesFromItsVtimezone() {
        Read read = corpus("ical4j_Standup.ics", "2026-11-16T00:00:00Z");

        // 09:30 in Sydney summer time (+11) is 22:30 UTC the day before; Monday the 16th falls before `since`
        assertThat(read.starts()).containsExactly(utc("2026-11-16T22:30:00Z"), utc("2026-11-17T22:30:00Z"),
                utc("2026-11-18T22:30:00Z"), utc("2026-11-19T22:30:00Z"), utc("2026-11-22T22:30:00Z"),
                utc("2026-11-23T22:30:00Z"));
        String uid = "040000008200E00074C5B7101A82E008000000002079F2E4D4A3C9010000000000000000100"
                + "000006C4B4F5EBD28AD43BB7F772276780C54";
        assertThat(read.meetings()).first().satisfies(standup -> {
            assertThat(standup.key()).isEqualTo(uid + "|2026-11-16T22:30:00Z");
            assertThat(standup.durationMinutes()).isEqualTo(15);
            assertThat(standup.summary()).isEqualTo("Standup");
            assertThat(standup.location()).isNull();
            assertThat(standup.channel()).isEqualTo("in_person");
            assertThat(standup.organizer()).isEqualTo(new Address("ben.fortuna@example.com", null));
            assertThat(standup.attendees()).isEmpty();
            assertThat(standup.origin()).isEqualTo(new Origin("ical4j_Standup.ics", 22, 1));
        });
        assertThat(read.warnings()).isEmpty();
        assertThat(read.bad()).isEmpty();
    }

    @Test
    void weekdayStandupWithoutEndRepeatsEveryWeekdaySinceItsFirstDayAcrossDaylightSaving() {
        Read read = corpus("ical4j_Standup.ics", "2000-01-01T00:00:00Z", new OccurrenceLimits(5_000, 100_000));

        // the file's VTIMEZONE has Sydney's rules since 2008, so tzdb's Australia/Sydney is an independent oracle
        List<OffsetDateTime> expected = weekdaysAt(LocalDate.of(2009, 3, 10), LocalTime.of(9, 30),
                ZoneId.of("Australia/Sydney"));
        assertThat(expected).hasSize(4621);
        assertThat(read.starts()).isEqualTo(expected);
        assertThat(read.starts()).startsWith(utc("2009-03-09T22:30:00Z"))
                .contains(utc("2009-04-05T23:30:00Z")) // Monday 6 April 2009, the first day of standard time
                .endsWith(utc("2026-11-23T22:30:00Z"));
        assertThat(read.meetings()).extracting(IncomingMeeting::key).doesNotHaveDuplicates();
    }

    @Test
    void appleEventReadsItsVtimezoneAndUnescapesTheLocation() {
        Read read = corpus("ical4j_apple-iphone-os-26-structured-location.ics", "2026-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(visit -> {
            assertThat(visit.key()).isEqualTo("af64eb20-7d10-4482-8b22-921f7656390a|2026-05-22T08:30:00Z");
            assertThat(visit.start()).isEqualTo(utc("2026-05-22T08:30:00Z"));
            assertThat(visit.durationMinutes()).isEqualTo(10);
            assertThat(visit.summary()).isEqualTo("Antrag auf ID Austria");
            assertThat(visit.location()).isEqualTo("Hauptstraße 1-5; 4041 Linz");
            assertThat(visit.channel()).isEqualTo("in_person");
            assertThat(visit.organizer()).isNull();
            assertThat(visit.attendees()).isEmpty();
            assertThat(visit.origin()).isEqualTo(
                    new Origin("ical4j_apple-iphone-os-26-structured-location.ics", 22, 1));
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void blankTimeZoneFallsBackToUtcWithAWarningAndTheOrganizerIsNoAttendee() {
        Read read = corpus("ical4j_blankTzid.ics", "2015-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(invite -> {
            assertThat(invite.key()).isEqualTo("t21ocubdt9jagerldbkak7uhcg@google.com|2015-08-26T09:00:00Z");
            assertThat(invite.start()).isEqualTo(utc("2015-08-26T09:00:00Z"));
            assertThat(invite.durationMinutes()).isEqualTo(60);
            assertThat(invite.summary()).isNull();
            assertThat(invite.location()).isEqualTo("17 Commerce Crescent,Eastgate");
            assertThat(invite.channel()).isEqualTo("in_person");
            assertThat(invite.organizer()).isEqualTo(new Address("roberts@company.com", "Bruce Roberts"));
            assertThat(invite.attendees()).containsExactly(new Address("sam@company.com", "Sam Peter"));
        });
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            // the line of the DTSTART with the blank TZID, in the event that begins on line 18
            assertThat(warning.origin()).isEqualTo(new Origin("ical4j_blankTzid.ics", 27, 1));
            assertThat(warning.message()).contains("blank time zone").contains("UTC");
        });
    }

    @Test
    void attendeeNamesLoseTheQuotesWrappedAroundThemAndANameThatIsOnlyTheAddressIsNone() {
        Read read = corpus("handmade_outlook_quoted-attendee-names.ics", "2026-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(review -> {
            assertThat(review.organizer()).isEqualTo(new Address("anna.nowak@example.com", "Anna Nowak"));
            assertThat(review.attendees()).extracting(Address::email, Address::name).containsExactly(
                    tuple("someone@example.org", null),
                    tuple("bartek.zielinski@example.pl", "Bartek Zieli\u0144ski"),
                    tuple("carla.ruiz@example.net", "Carla Ruiz"),
                    tuple("dave@example.com", null),
                    tuple("erin.fox@example.com", null));
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aWarningNamesTheLineOfThePropertyItIsAboutNotTheLineOfItsEvent() {
        Read read = corpus("handmade_thunderbird_bad-alarm-trigger.ics", "2026-09-01T00:00:00Z");

        // the weekly meeting is read: thirteen Tuesdays from 1 September, the reminder is what is lost
        assertThat(read.starts()).hasSize(13).startsWith(utc("2026-09-01T09:00:00Z"))
                .endsWith(utc("2026-11-24T09:00:00Z"));
        assertThat(read.meetings()).allSatisfy(sync -> assertThat(sync.origin())
                .isEqualTo(new Origin("handmade_thunderbird_bad-alarm-trigger.ics", 5, 1)));
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.origin()).isEqualTo(new Origin("handmade_thunderbird_bad-alarm-trigger.ics", 26, 1));
            assertThat(warning.message()).startsWith("TRIGGER '-PT15' cannot be read");
        });
    }

    @Test
    void lotusNotesZoneNamedEasternComesFromItsVtimezoneAndTheRulesTzidIsIgnored() {
        Read read = corpus("ical4j_calconnect.ics", "2005-01-01T00:00:00Z");

        // "Eastern" switched to daylight time (-04:00) on the first Sunday of April: 3 April 2005
        assertThat(read.starts()).containsExactly(utc("2005-04-11T13:00:00Z"), utc("2005-04-12T13:00:00Z"),
                utc("2005-04-13T13:00:00Z"), utc("2005-04-14T13:00:00Z"), utc("2005-04-15T13:00:00Z"));
        assertThat(read.meetings()).extracting(IncomingMeeting::key).containsExactly(
                "E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated|2005-04-11T13:00:00Z",
                "E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated|2005-04-12T13:00:00Z",
                "E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated|2005-04-13T13:00:00Z",
                "E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated|2005-04-14T13:00:00Z",
                "E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated|2005-04-15T13:00:00Z");
        assertThat(read.meetings()).allSatisfy(meeting -> {
            assertThat(meeting.durationMinutes()).isEqualTo(60);
            assertThat(meeting.summary()).isEqualTo("5 day daily repeating meeting");
            assertThat(meeting.channel()).isEqualTo("in_person");
            assertThat(meeting.organizer()).isEqualTo(new Address("icalchair@coffeebean.com", "iCal Chair/CoffeeBean"));
            assertThat(meeting.attendees()).extracting(Address::email, Address::name)
                    .containsExactly(tuple("icalparticipant@coffeebean.com", "iCal Participant/CoffeeBean"));
            assertThat(meeting.origin()).isEqualTo(new Origin("ical4j_calconnect.ics", 21, 1));
        });
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.origin()).isEqualTo(new Origin("ical4j_calconnect.ics", 25, 1));
            assertThat(warning.message()).contains("RRULE").contains("TZID");
        });
    }

    @Test
    void evolutionVtimezoneAfterTheEventStillResolvesItsLibicalName() {
        Read read = corpus("ical4j_evolution.ics", "2008-01-01T00:00:00Z");

        // 13:00 Chicago daylight time (-05:00); read as UTC it would be 13:00Z and come with a warning
        assertThat(read.meetings()).singleElement().satisfies(test -> {
            assertThat(test.key()).isEqualTo("20080624T213648Z-4959-1000-1-6@randy-ubuntu|2008-06-24T18:00:00Z");
            assertThat(test.start()).isEqualTo(utc("2008-06-24T18:00:00Z"));
            assertThat(test.durationMinutes()).isEqualTo(90);
            assertThat(test.summary()).isEqualTo("test");
            assertThat(test.location()).isEqualTo("test location");
            assertThat(test.channel()).isEqualTo("in_person");
            assertThat(test.organizer()).isNull();
            assertThat(test.attendees()).isEmpty();
            assertThat(test.origin()).isEqualTo(new Origin("ical4j_evolution.ics", 5, 1));
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void thunderbirdEventAfterALongHistoricalVtimezoneIsReadInBritishSummerTime() {
        Read read = corpus("icalendar_alarm_thunderbird_future.ics", "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo("b9a23b47-f109-4e7a-908c-75e925b27def|2024-10-23T14:00:00Z");
            assertThat(event.start()).isEqualTo(utc("2024-10-23T14:00:00Z"));
            assertThat(event.durationMinutes()).isEqualTo(60);
            assertThat(event.summary()).isEqualTo("event with alarms");
            assertThat(event.location()).isNull();
            assertThat(event.channel()).isEqualTo("in_person");
            assertThat(event.origin()).isEqualTo(new Origin("icalendar_alarm_thunderbird_future.ics", 603, 1));
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void exchangeRuleWithSpacesIsAcceptedAndAnEventWithoutUidIsKeyedByADigest() {
        Read read = corpus("icalendar_issue_165_missing_event.ics", "2015-01-01T00:00:00Z");

        // weekdays from Friday 3 July to Wednesday 22 July 2015, 10:00 at +02:00, UNTIL 08:00Z included
        List<OffsetDateTime> expected = Stream.of(3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22)
                .map(day -> OffsetDateTime.of(2015, 7, day, 8, 0, 0, 0, ZoneOffset.UTC)).toList();
        assertThat(read.starts()).isEqualTo(expected);
        String digest = "digest:" + Digests.sha256Hex("20150703T100000|Sprint 25 Daily Standup|");
        assertThat(read.meetings()).extracting(IncomingMeeting::key)
                .containsExactlyElementsOf(expected.stream().map(start -> digest + "|" + start.toInstant()).toList());
        assertThat(read.meetings()).allSatisfy(standup -> {
            assertThat(standup.durationMinutes()).isEqualTo(30);
            assertThat(standup.summary()).isEqualTo("Sprint 25 Daily Standup");
            assertThat(standup.organizer()).isNull();
            assertThat(standup.attendees()).isEmpty();
        });
        // the rule's spaces on the RRULE's line, the missing UID on the event's
        assertThat(read.warnings()).extracting(warning -> warning.origin().line()).containsExactlyInAnyOrder(25L, 20L);
        assertThat(read.warnings()).filteredOn(warning -> warning.origin().line() == 25)
                .singleElement().satisfies(warning -> assertThat(warning.message()).contains("RRULE").contains("spaces"));
        assertThat(read.warnings()).filteredOn(warning -> warning.origin().line() == 20)
                .singleElement().satisfies(warning -> assertThat(warning.message()).contains("no UID"));
    }

    @Test
    void googleWeekdaySeriesWithoutEndYieldsExactlyTheOccurrencesInTheWindow() {
        Read read = corpus("icalendar_x_location.ics", "2026-11-20T00:00:00Z");

        // Friday the 20th and Monday the 23rd at 14:00 in Zurich (+01:00); Tuesday's 13:00Z is after NOW
        assertThat(read.starts()).containsExactly(utc("2026-11-20T13:00:00Z"), utc("2026-11-23T13:00:00Z"));
        assertThat(read.meetings()).first().satisfies(sync -> {
            assertThat(sync.key()).isEqualTo("BFE33ADD-5553-48B5-B5A5-F9DA5CA4C393|2026-11-20T13:00:00Z");
            assertThat(sync.durationMinutes()).isEqualTo(30);
            assertThat(sync.summary()).isEqualTo("Daily Sync");
            assertThat(sync.location()).isEqualTo("Roadstar 16\n12764 Happyville\nDenmark");
            assertThat(sync.channel()).isEqualTo("in_person");
            assertThat(sync.attendees()).isEmpty();
            assertThat(sync.origin()).isEqualTo(new Origin("icalendar_x_location.ics", 27, 1));
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void googleWeekdaySeriesFollowsZurichDaylightSavingFromItsFirstDay() {
        Read read = corpus("icalendar_x_location.ics", "2016-01-01T00:00:00Z", new OccurrenceLimits(5_000, 100_000));

        List<OffsetDateTime> expected = weekdaysAt(LocalDate.of(2016, 10, 28), LocalTime.of(14, 0),
                ZoneId.of("Europe/Zurich"));
        assertThat(expected).hasSize(2627);
        assertThat(read.starts()).isEqualTo(expected);
        // summer time ended on Sunday 30 October 2016
        assertThat(read.starts()).startsWith(utc("2016-10-28T12:00:00Z"), utc("2016-10-31T13:00:00Z"));
    }

    @Test
    void googleBirthdaysAreAllDaySoNoMeetingsAndDatesWithZAreAccepted() {
        Read read = corpus("icaljs_google_birthday.ics", "2000-01-01T00:00:00Z");

        assertThat(read.meetings()).isEmpty();
        assertThat(read.bad()).isEmpty();
        // each on the line of the property it is about: the two RDATEs, then each event's DTSTART
        assertThat(read.warnings()).extracting(warning -> warning.origin().line(), warning -> warning.origin().record())
                .containsExactly(tuple(12L, 1L), tuple(13L, 1L), tuple(9L, 1L), tuple(28L, 2L), tuple(49L, 3L),
                        tuple(70L, 4L));
        assertThat(read.warningTexts().subList(0, 2)).containsExactly(
                "RDATE date value '20131210Z' ends in 'Z', which only date-times may carry; read as the date",
                "RDATE date value '20121210Z' ends in 'Z', which only date-times may carry; read as the date");
        assertThat(read.warningTexts().subList(2, 6)).allSatisfy(text -> assertThat(text).contains("all-day"));
        assertThat(read.leftOut()).isEqualTo(new LeftOut(4, 0));
    }

    // --- what is left out, and how it is counted --------------------------------------------------------

    @Test
    void eventsOutsideTheWindowAreCountedAndSummedUpOnceAtTheEndAndACancelledOneIsSkipped() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example Corp//Scheduler 2.3//EN
                BEGIN:VEVENT
                UID:long-ago@example.com
                DTSTART:20150826T090000Z
                SUMMARY:Kick-off
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly-2016@example.com
                DTSTART:20160105T090000Z
                RRULE:FREQ=WEEKLY;UNTIL=20161227T090000Z
                SUMMARY:Weekly in 2016
                END:VEVENT
                BEGIN:VEVENT
                UID:lately@example.com
                DTSTART:20261110T090000Z
                SUMMARY:Review
                END:VEVENT
                BEGIN:VEVENT
                UID:next-year@example.com
                DTSTART:20270112T090000Z
                SUMMARY:Planning
                END:VEVENT
                BEGIN:VEVENT
                UID:called-off@example.com
                DTSTART:20261111T090000Z
                STATUS:CANCELLED
                SUMMARY:Called off
                END:VEVENT
                END:VCALENDAR
                """, "2021-11-24T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::summary).containsExactly("Review");
        assertThat(read.leftOut()).isEqualTo(new LeftOut(1, 3));
        assertThat(read.warnings()).extracting(Notice::origin, Notice::message).containsExactly(
                tuple(new Origin("test.ics", 0, 0), "3 events lie outside the import window (2021-11-24 to"
                        + " 2026-11-24) and were left out: 2 before it, 1 still to come; import again with an earlier"
                        + " 'since' to include older meetings"));
    }

    // --- limits: what one event and one file may give ------------------------------------------------------

    @Test
    void aRuleForEveryMinuteOfTheDayStopsAtTheLimitWithAWarningNamingTheEvent() {
        // four days and a half at 1,440 a day would be 6,480 meetings; the window of five years, 2.6 million
        Read days = corpus("handmade_google_rule-at-every-minute.ics", "2026-11-20T00:00:00Z");
        assertThat(days.starts()).hasSize(OccurrenceLimits.PER_EVENT)
                .startsWith(utc("2026-11-20T00:00:00Z"), utc("2026-11-20T00:01:00Z"))
                .endsWith(utc("2026-11-21T09:19:00Z"));

        Read years = corpus("handmade_google_rule-at-every-minute.ics", "2021-11-24T00:00:00Z");
        assertThat(years.starts()).hasSize(OccurrenceLimits.PER_EVENT).startsWith(utc("2021-11-24T00:00:00Z"));
        assertThat(years.meetings()).extracting(IncomingMeeting::key).doesNotHaveDuplicates();
        assertThat(years.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.origin()).isEqualTo(new Origin("handmade_google_rule-at-every-minute.ics", 8, 1));
            assertThat(warning.message()).isEqualTo("\"Minute check-in\" (UID 0f5kq1g9v2c3m4n5p6r7s8t9u0@google.com)"
                    + " repeats more than 2,000 times in the import window; only its first 2,000 occurrences,"
                    + " up to 2021-11-25, are taken (setting handshake.imports.occurrences-per-event)");
        });
    }

    @Test
    void thousandsOfRdatesAndExdatesGiveNoMoreThanTheLimit() {
        // every ten minutes from 1 October, and every other one excluded again: 3,000 would remain
        StringBuilder calendar = new StringBuilder("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example Corp//Scheduler 2.3//EN
                BEGIN:VEVENT
                UID:slots@example.com
                SUMMARY:Office hours
                DTSTART:20261001T080000Z
                DURATION:PT10M
                """);
        OffsetDateTime first = utc("2026-10-01T08:10:00Z");
        for (int i = 0; i < 6_000; i++) {
            calendar.append("RDATE:").append(basic(first.plusMinutes(10L * i))).append('\n');
        }
        for (int i = 0; i < 6_000; i += 2) {
            calendar.append("EXDATE:").append(basic(first.plusMinutes(10L * i))).append('\n');
        }
        calendar.append("END:VEVENT\nEND:VCALENDAR\n");

        Read read = text(calendar.toString(), "2026-10-01T00:00:00Z");

        assertThat(read.starts()).hasSize(OccurrenceLimits.PER_EVENT).doesNotHaveDuplicates()
                .startsWith(utc("2026-10-01T08:00:00Z"), utc("2026-10-01T08:20:00Z"), utc("2026-10-01T08:40:00Z"));
        assertThat(read.warningTexts()).singleElement().asString().startsWith("\"Office hours\" (UID slots@example.com)"
                + " repeats more than 2,000 times");
    }

    @Test
    void aFileGivesNoMoreMeetingsThanItsLimitAndSaysHowManyEventsWereLeftOut() {
        StringBuilder calendar = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Corp//Scheduler 2.3//EN\n");
        for (int event = 1; event <= 4; event++) {
            calendar.append("BEGIN:VEVENT\nUID:daily-" + event + "@example.com\nSUMMARY:Daily " + event
                    + "\nDTSTART:20261101T0" + event + "0000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\n");
        }
        calendar.append("END:VCALENDAR\n");

        Read read = read("test.ics", bytes(calendar.toString()), utc("2026-11-01T00:00:00Z"), new OccurrenceLimits(5, 12));

        assertThat(read.meetings()).extracting(IncomingMeeting::summary).containsExactly("Daily 1", "Daily 1",
                "Daily 1", "Daily 1", "Daily 1", "Daily 2", "Daily 2", "Daily 2", "Daily 2", "Daily 2", "Daily 3",
                "Daily 3");
        assertThat(read.warnings()).hasSize(4);
        assertThat(read.warnings().get(0).message()).startsWith("\"Daily 1\" (UID daily-1@example.com) repeats more"
                + " than 5 times in the import window; only its first 5 occurrences, up to 2026-11-05, are taken");
        assertThat(read.warnings().get(2).message()).startsWith("the file gives more than 12 meetings, the most one"
                + " file may give: \"Daily 3\" (UID daily-3@example.com) is taken up to 2026-11-02, and the events"
                + " after it are left out");
        assertThat(read.warnings().get(2).origin()).isEqualTo(new Origin("test.ics", 20, 3));
        assertThat(read.warnings().getLast()).satisfies(end -> {
            assertThat(end.origin()).isEqualTo(new Origin("test.ics", 0, 0));
            assertThat(end.message()).isEqualTo("1 event after the file's limit of 12 meetings left out"
                    + " (setting handshake.imports.occurrences-per-file)");
        });
    }

    private static String basic(OffsetDateTime at) {
        return at.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }

    // --- files that cannot be read --------------------------------------------------------------------------

    @Test
    void truncatedCalendarIsUnreadableAndNamesTheLineWhereItStops() throws IOException {
        String whole = new String(corpusFile("ical4j_Standup.ics").readAllBytes(), StandardCharsets.UTF_8);
        int cut = whole.indexOf("RRULE:FREQ=DAILY") + 30;
        String truncated = whole.substring(0, cut);

        assertThatThrownBy(() -> text(truncated, "2000-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.origin().line()).isEqualTo(26);
                    assertThat(e.getMessage()).contains("cut off").contains("line 26");
                });
    }

    @Test
    void vcardGivenAsACalendarIsUnreadable() {
        InputStream vcard = CalendarReaderTest.class.getResourceAsStream("/corpus/vcard/roundcube_apple.vcf");

        assertThatThrownBy(() -> read("roundcube_apple.vcf", vcard, NOW.minusYears(30)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("vCard");
    }

    @Test
    void spreadsheetGivenAsACalendarIsUnreadable() {
        InputStream csv = CalendarReaderTest.class.getResourceAsStream("/corpus/csv/thunderbird_export.csv");

        assertThatThrownBy(() -> read("thunderbird_export.csv", csv, NOW.minusYears(30)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("not an iCalendar file");
    }

    @Test
    void binaryFileIsUnreadable() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        assertThatThrownBy(() -> read("photo.ics", new ByteArrayInputStream(binary), NOW.minusYears(30)))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void emptyFileIsUnreadable() {
        assertThatThrownBy(() -> text("\n\n", "2000-01-01T00:00:00Z"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("empty");
    }

    // --- one event at a time --------------------------------------------------------------------------------

    private static final String THREE_EVENTS_MIDDLE_WITHOUT_START = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//EN
            BEGIN:VEVENT
            UID:first
            DTSTART:20240110T100000Z
            SUMMARY:First
            END:VEVENT
            BEGIN:VEVENT
            UID:second
            SUMMARY:No start
            END:VEVENT
            BEGIN:VEVENT
            UID:third
            DTSTART:20240112T100000Z
            SUMMARY:Third
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void eventWithoutStartIsABadRecordAndReadingGoesOnWithTheNextEvent() throws IOException {
        try (CalendarReader reader = new CalendarReader(bytes(THREE_EVENTS_MIDDLE_WITHOUT_START),
                new ReadOptions("three.ics", null, NOW, NOW.minusYears(5), false))) {
            assertThat(((IncomingMeeting) reader.next()).summary()).isEqualTo("First");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecordException.class, e -> {
                assertThat(e.origin()).isEqualTo(new Origin("three.ics", 9, 2));
                assertThat(e.getMessage()).contains("DTSTART");
            });
            assertThat(((IncomingMeeting) reader.next()).summary()).isEqualTo("Third");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void eventWithAnUnreadableStartIsABadRecordThatNamesTheValue() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:broken
                DTSTART:2024-01-10 10:00
                END:VEVENT
                BEGIN:VEVENT
                UID:zoned-broken
                DTSTART;TZID=Europe/Berlin:20240110T1000
                END:VEVENT
                BEGIN:VEVENT
                UID:fine
                DTSTART:20240111T100000Z
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.bad()).extracting(e -> e.origin().record()).containsExactly(1L, 2L);
        assertThat(read.bad()).extracting(Throwable::getMessage)
                .satisfiesExactly(first -> assertThat(first).contains("2024-01-10 10:00"),
                        second -> assertThat(second).contains("20240110T1000"));
        assertThat(read.meetings()).extracting(IncomingMeeting::key).containsExactly("fine|2024-01-11T10:00:00Z");
    }

    @Test
    void cancelledEventsAreSkipped() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:called-off
                DTSTART:20240110T100000Z
                STATUS:CANCELLED
                SUMMARY:Called off
                END:VEVENT
                BEGIN:VEVENT
                UID:held
                DTSTART:20240111T100000Z
                STATUS:CONFIRMED
                SUMMARY:Held
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::summary).containsExactly("Held");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.leftOut()).isEqualTo(new LeftOut(1, 0));
    }

    @Test
    void allDayEventIsSkippedWithOneWarningForTheWholeSeries() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:holiday
                DTSTART;VALUE=DATE:20240101
                RRULE:FREQ=YEARLY
                SUMMARY:New Year
                END:VEVENT
                END:VCALENDAR
                """, "2000-01-01T00:00:00Z");

        assertThat(read.meetings()).isEmpty();
        assertThat(read.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("all-day"));
    }

    @Test
    void overrideReplacesItsInstanceAndACancelledOverrideRemovesIt() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:series
                DTSTART;TZID=Europe/Berlin:20240108T100000
                DTEND;TZID=Europe/Berlin:20240108T110000
                RRULE:FREQ=DAILY;COUNT=4
                SUMMARY:Sync
                END:VEVENT
                BEGIN:VEVENT
                UID:series
                RECURRENCE-ID;TZID=Europe/Berlin:20240109T100000
                DTSTART;TZID=Europe/Berlin:20240109T150000
                DTEND;TZID=Europe/Berlin:20240109T153000
                SUMMARY:Sync, moved to the afternoon
                END:VEVENT
                BEGIN:VEVENT
                UID:series
                RECURRENCE-ID;TZID=Europe/Berlin:20240110T100000
                DTSTART;TZID=Europe/Berlin:20240110T100000
                STATUS:CANCELLED
                SUMMARY:Sync
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::key, IncomingMeeting::start, IncomingMeeting::summary,
                IncomingMeeting::durationMinutes).containsExactly(
                tuple("series|2024-01-08T09:00:00Z", utc("2024-01-08T09:00:00Z"), "Sync", 60),
                tuple("series|2024-01-11T09:00:00Z", utc("2024-01-11T09:00:00Z"), "Sync", 60),
                // keyed by the slot it replaces, so moving it again does not make a new meeting
                tuple("series|2024-01-09T09:00:00Z", utc("2024-01-09T14:00:00Z"), "Sync, moved to the afternoon",
                        30));
    }

    @Test
    void overrideWithoutItsSeriesIsStillAMeeting() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:lonely
                RECURRENCE-ID:20240109T090000Z
                DTSTART:20240109T130000Z
                DURATION:PT45M
                SUMMARY:Moved
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(moved -> {
            assertThat(moved.key()).isEqualTo("lonely|2024-01-09T09:00:00Z");
            assertThat(moved.start()).isEqualTo(utc("2024-01-09T13:00:00Z"));
            assertThat(moved.durationMinutes()).isEqualTo(45);
        });
    }

    @Test
    void exceptionDatesAndRecurrenceDatesShapeTheSeries() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:weekly
                DTSTART;TZID=America/New_York:20240102T090000
                RRULE:FREQ=WEEKLY;COUNT=3
                EXDATE;TZID=America/New_York:20240109T090000
                RDATE;TZID=America/New_York:20240111T160000
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.starts()).containsExactly(utc("2024-01-02T14:00:00Z"), utc("2024-01-11T21:00:00Z"),
                utc("2024-01-16T14:00:00Z"));
    }

    @Test
    void onlyMeetingsThatAlreadyHappenedAndStartedSinceTheWindowOpenedAreRead() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:before
                DTSTART:20261031T235959Z
                END:VEVENT
                BEGIN:VEVENT
                UID:first-moment
                DTSTART:20261101T000000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:right-now
                DTSTART:20261124T120000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:later-today
                DTSTART:20261124T120001Z
                END:VEVENT
                END:VCALENDAR
                """, "2026-11-01T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::key)
                .containsExactly("first-moment|2026-11-01T00:00:00Z", "right-now|2026-11-24T12:00:00Z");
    }

    // --- time zones -----------------------------------------------------------------------------------------

    @Test
    void unknownTimeZoneAndFloatingTimesFallBackToTheCalendarsTimeZoneWithWarnings() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                X-WR-TIMEZONE:America/Los_Angeles
                BEGIN:VEVENT
                UID:unknown
                DTSTART;TZID=Head Office:20240110T100000
                END:VEVENT
                BEGIN:VEVENT
                UID:floating
                DTSTART:20240110T100000
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.starts()).containsExactly(utc("2024-01-10T18:00:00Z"), utc("2024-01-10T18:00:00Z"));
        assertThat(read.warningTexts()).satisfiesExactly(
                unknown -> assertThat(unknown).contains("'Head Office'").contains("America/Los_Angeles"),
                floating -> assertThat(floating).contains("floating").contains("America/Los_Angeles"));
    }

    @Test
    void floatingTimeWithoutACalendarTimeZoneIsReadAsUtc() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:floating
                DTSTART:20240110T100000
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.starts()).containsExactly(utc("2024-01-10T10:00:00Z"));
        assertThat(read.warningTexts()).singleElement().satisfies(text -> assertThat(text).contains("UTC"));
    }

    @Test
    void windowsAndLibicalTimeZoneNamesWithoutVtimezoneResolveWithWarnings() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:windows
                DTSTART;TZID=Eastern Standard Time:20240710T100000
                END:VEVENT
                BEGIN:VEVENT
                UID:libical
                DTSTART;TZID=/mozilla.org/20050126_1/Europe/London:20240710T100000
                END:VEVENT
                BEGIN:VEVENT
                UID:olson
                DTSTART;TZID=Asia/Tokyo:20240710T100000
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.starts()).containsExactly(utc("2024-07-10T14:00:00Z"), utc("2024-07-10T09:00:00Z"),
                utc("2024-07-10T01:00:00Z"));
        assertThat(read.warnings()).extracting(warning -> warning.origin().record()).containsExactly(1L, 2L);
        assertThat(read.warningTexts()).satisfiesExactly(
                windows -> assertThat(windows).contains("'Eastern Standard Time'").contains("Windows"),
                libical -> assertThat(libical).contains("libical").contains("Europe/London"));
    }

    // --- repetition rules -----------------------------------------------------------------------------------

    @Test
    void ruleThatCannotBeReadMakesTheEventASingleOccurrenceWithAWarning() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:sometimes
                DTSTART:20240110T100000Z
                RRULE:FREQ=SOMETIMES;COUNT=5
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::key).containsExactly("sometimes|2024-01-10T10:00:00Z");
        assertThat(read.warningTexts()).singleElement()
                .satisfies(text -> assertThat(text).contains("FREQ=SOMETIMES").contains("single occurrence"));
    }

    @Test
    void ruleWithANonStandardPartRepeatsByItsKnownPartsWithAWarning() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:weekly
                DTSTART:20240110T100000Z
                RRULE:FREQ=WEEKLY;COUNT=2;X-LEGACY=1
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.starts()).containsExactly(utc("2024-01-10T10:00:00Z"), utc("2024-01-17T10:00:00Z"));
        assertThat(read.warningTexts()).singleElement().satisfies(text -> assertThat(text).contains("X-LEGACY"));
    }

    // --- channel and people ---------------------------------------------------------------------------------

    @Test
    void conferenceLinksAndPropertiesMakeVideoCallsAndMealsAreRecognised() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:zoom
                DTSTART:20240110T100000Z
                SUMMARY:Quarterly review
                LOCATION:https://us02web.zoom.us/j/81234567890
                END:VEVENT
                BEGIN:VEVENT
                UID:meet
                DTSTART:20240110T110000Z
                SUMMARY:Catch-up
                DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij
                END:VEVENT
                BEGIN:VEVENT
                UID:conference
                DTSTART:20240110T120000Z
                SUMMARY:Planning
                CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://video.example.com/room/7
                END:VEVENT
                BEGIN:VEVENT
                UID:lunch
                DTSTART:20240110T130000Z
                SUMMARY:Lunch with Ann
                LOCATION:Café Central
                END:VEVENT
                BEGIN:VEVENT
                UID:lunch-on-teams
                DTSTART:20240110T140000Z
                SUMMARY:Virtual lunch
                URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting
                END:VEVENT
                BEGIN:VEVENT
                UID:office
                DTSTART:20240110T150000Z
                SUMMARY:Contract signing
                LOCATION:Head office, room 4
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).extracting(IncomingMeeting::summary, IncomingMeeting::channel).containsExactly(
                tuple("Quarterly review", "video"), tuple("Catch-up", "video"), tuple("Planning", "video"),
                tuple("Lunch with Ann", "meal"), tuple("Virtual lunch", "video"),
                tuple("Contract signing", "in_person"));
    }

    @Test
    void mealsAreRecognisedInSeveralLanguages() {
        assertThat(Stream.of("Lunch with Ann", "Team dinner", "Breakfast at Tiffany's", "Sunday brunch",
                "Coffee with Bo", "Mittagessen mit Jana", "Abendessen", "Frühstück", "Déjeuner avec Paul",
                "Dîner chez Marie", "Almuerzo con Lucía", "Cena de equipo", "Middag hos Erik", "Lunch med Sara",
                "Restaurant Zur Post"))
                .allSatisfy(text -> assertThat(MeetingChannel.isMeal(text)).as(text).isTrue());
        assertThat(Stream.of("Launch review", "Board meeting", "Dinero y finanzas", "Cenacle", "Project sync"))
                .allSatisfy(text -> assertThat(MeetingChannel.isMeal(text)).as(text).isFalse());
    }

    @Test
    void onlyMailtoParticipantsAreKeptAndEachPersonOnce() {
        Read read = text("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:people
                DTSTART:20240110T100000Z
                ORGANIZER;CN=Ann Lee:mailto:Ann@Example.com
                ATTENDEE;CN=Ann Lee:mailto:ann@example.com
                ATTENDEE;CN="Bo, Jr.":MAILTO:bo@example.com
                ATTENDEE;CN=Bo again:mailto:BO@example.com
                ATTENDEE;CN=Room 4;CUTYPE=ROOM:urn:uuid:8b1f2a
                ATTENDEE:mailto:cy@example.com
                END:VEVENT
                END:VCALENDAR
                """, "2024-01-01T00:00:00Z");

        assertThat(read.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.organizer()).isEqualTo(new Address("ann@example.com", "Ann Lee"));
            assertThat(meeting.attendees()).containsExactly(new Address("bo@example.com", "Bo, Jr."),
                    new Address("cy@example.com", null));
        });
    }

    // --- configuration --------------------------------------------------------------------------------------

    @Test
    void readingChangesNoGlobalIcal4jHint() {
        List<String> keys = List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY);
        List<Boolean> before = keys.stream().map(CompatibilityHints::isHintEnabled).toList();

        corpus("ical4j_Standup.ics", "2026-11-01T00:00:00Z");

        assertThat(keys.stream().map(CompatibilityHints::isHintEnabled).toList()).isEqualTo(before);
    }
}
