package app.handshake.imports.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.shared.Digests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class MailReaderTest {

    private static final String RLUG = "mime4j_mbox.rlug";
    private static final String ZAPP_QUESTION_ID = "001401c2cec7$4eb5b460$941c10ac@ok6f6gr01ta4hv";

    // ---- the corpus: every file, with what a person reading it sees in it ----

    @Test
    void listArchiveMboxGivesItsFiveMessagesWhereTheyStart() throws IOException {
        List<IncomingMessage> messages = readAll(MailReader.mbox(corpus(RLUG), options(RLUG, false)));

        assertThat(messages).extracting(m -> m.origin().line(), m -> m.origin().record(), IncomingMessage::messageId)
                .containsExactly(
                        tuple(1L, 1L, ZAPP_QUESTION_ID),
                        tuple(95L, 2L, "3E43EB00.7040006@pcnet.ro"),
                        tuple(165L, 3L, "20030207193601.2613a439.adrian@dtedu.net"),
                        tuple(216L, 4L, "20030208014131.00fd30ce.teo.55@home.ro"),
                        tuple(281L, 5L, "1044662313.5121.17.camel@snow.lsd.ro"));
        assertThat(messages).allSatisfy(m -> assertThat(m.origin().file()).isEqualTo(RLUG));
    }

    @Test
    void replyPointsAtTheFirstMessageOfItsThread() throws IOException {
        List<IncomingMessage> messages = readAll(MailReader.mbox(corpus(RLUG), options(RLUG, false)));

        IncomingMessage question = messages.get(0);
        IncomingMessage reply = messages.get(3);
        assertThat(reply.subject()).isEqualTo("Re: " + question.subject());
        assertThat(reply.threadId()).isEqualTo(question.messageId()).isEqualTo(ZAPP_QUESTION_ID);
        assertThat(question.threadId()).isEqualTo(ZAPP_QUESTION_ID);
    }

    @Test
    void replyToMessagesOutsideTheFileBelongsToTheThreadItsFirstReferenceStarted() throws IOException {
        List<IncomingMessage> messages = readAll(MailReader.mbox(corpus(RLUG), options(RLUG, false)));

        assertThat(messages).extracting(IncomingMessage::threadId).containsExactly(
                ZAPP_QUESTION_ID,
                "3E43BB6D.8080601@myrealbox.com",
                "20030207193601.2613a439.adrian@dtedu.net",
                ZAPP_QUESTION_ID,
                "1044662313.5121.17.camel@snow.lsd.ro");
    }

    @Test
    void listArchiveDatesSubjectsAndPeopleAreRead() throws IOException {
        List<IncomingMessage> messages = readAll(MailReader.mbox(corpus(RLUG), options(RLUG, false)));

        // Date headers: "Fri, 7 Feb 2003 18:35:25 +0200", "Fri, 07 Feb 2003 19:21:04 +0200",
        // "Fri, 7 Feb 2003 19:36:01 +0200", "Sat, 8 Feb 2003 01:41:31 +0200", "08 Feb 2003 01:58:32 +0200"
        assertThat(messages).extracting(IncomingMessage::sentAt, IncomingMessage::subject).containsExactly(
                tuple(utc("2003-02-07T16:35:25Z"), "Din windows ma pot, din LINUX NU ma pot conecta (la ZAPP)"),
                tuple(utc("2003-02-07T17:21:04Z"), "Re: RH 8.0 boot floppy"),
                tuple(utc("2003-02-07T17:36:01Z"), "Qmail mysql virtualusers +ssl + smtp auth +pop3"),
                tuple(utc("2003-02-07T23:41:31Z"), "Re: Din windows ma pot, din LINUX NU ma pot conecta (la ZAPP)"),
                tuple(utc("2003-02-07T23:58:32Z"), "LSTP problem - solved"));
        assertThat(messages).extracting(IncomingMessage::from).containsExactly(
                new Address("mmihai@netcompsj.ro", "mmihai"),
                new Address("wolfy@pcnet.ro", "lonely wolf"),
                new Address("adrian@dtedu.net", "Adrian Rapa"),
                new Address("teo.55@home.ro", null),
                new Address("dragosh@lsd.ro", "Dragosh M."));
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.to()).containsExactly(new Address("rlug@lug.ro", null));
            assertThat(m.cc()).isEmpty();
            assertThat(m.body()).isNull();
            assertThat(m.sentAt().getOffset().getTotalSeconds()).isZero();
        });
    }

    @Test
    void outlookUtf7SubjectAndRecipientNameAreDecoded() throws IOException {
        IncomingMessage message = single("mailmimeparser_m0006.txt", false);

        assertThat(message.origin()).isEqualTo(new Origin("mailmimeparser_m0006.txt", 1, 1));
        assertThat(message.messageId()).isEqualTo("NDBBIAKOPKHFGPLCODIGMEKCCHAA.doug@example.com");
        assertThat(message.threadId()).isEqualTo("NDBBIAKOPKHFGPLCODIGMEKCCHAA.doug@example.com");
        assertThat(message.sentAt()).isEqualTo(utc("2000-05-17T23:18:39Z"));
        assertThat(message.subject()).isEqualTo("Die Hasen und die Fr\u00f6sche (Microsoft Outlook 00)");
        assertThat(message.from()).isEqualTo(new Address("doug@example.com", "Doug Sauder"));
        assertThat(message.to()).containsExactly(
                new Address("jblow@example.com", "Joe Blow"),
                new Address("schmuergen@example.com", "J\u00fcrgen Schm\u00fcrgen"));
        assertThat(message.cc()).isEmpty();
    }

    @Test
    void netscapeLatin1EncodedWordsInSubjectAndNameAreDecoded() throws IOException {
        IncomingMessage message = single("mailmimeparser_m1005.txt", false);

        assertThat(message.messageId()).isEqualTo("39235FC5.276CCE00@example.com");
        assertThat(message.threadId()).isEqualTo("39235FC5.276CCE00@example.com");
        assertThat(message.sentAt()).isEqualTo(utc("2000-05-18T03:13:09Z"));
        assertThat(message.subject()).isEqualTo("Die Hasen und die Fr\u00f6sche (Netscape Messenger 4.7)");
        assertThat(message.from()).isEqualTo(new Address("dwsauder@example.com", "Doug Sauder"));
        assertThat(message.to()).containsExactly(new Address("mueller@example.com", "Heinz M\u00fcller"));
        assertThat(message.cc()).isEmpty();
    }

    @Test
    void thunderbirdReplyBelongsToTheThreadOfItsFirstReference() throws IOException {
        IncomingMessage message = single("rubymail_raw_email_reply.eml", false);

        assertThat(message.messageId()).isEqualTo("473FFE27.20003@xxx.org");
        // References: <473FF3B8.9020707@xxx.org> <348F04F142D69C21-291E56D292BC@xxxx.net>, In-Reply-To the second
        assertThat(message.threadId()).isEqualTo("473FF3B8.9020707@xxx.org");
        assertThat(message.sentAt()).isEqualTo(utc("2007-11-18T08:56:07Z"));
        assertThat(message.subject()).isEqualTo("Re: Test reply email");
        assertThat(message.from()).isEqualTo(new Address("xxxxxxxx@xxx.org", "Testing"));
        assertThat(message.to()).containsExactly(new Address("mikel@xxxx.net", "Mikel Lindsaar"));
    }

    @Test
    void nodemailerFoldedUnicodeSubjectAndBothRecipientsAreRead() throws IOException {
        IncomingMessage message = single("mailparser_nodemailer.eml", false);

        assertThat(message.messageId()).isEqualTo("012d606e-3550-2d94-b566-6cd996de88e3@kreata.ee");
        assertThat(message.threadId()).isEqualTo("012d606e-3550-2d94-b566-6cd996de88e3@kreata.ee");
        assertThat(message.sentAt()).isEqualTo(utc("2016-10-13T11:39:48Z"));
        assertThat(message.subject()).isEqualTo("Nodemailer is unicode friendly \u2714 (1476358788189)");
        assertThat(message.from()).isEqualTo(new Address("andris@kreata.ee", "Andris Kreata"));
        assertThat(message.to()).containsExactly(
                new Address("andris+123@kreata.ee", "Andris Reinman"),
                new Address("andris.reinman@gmail.com", null));
    }

    @Test
    void calendarInvitationIsTheMeetingItsOrganizerAsksToNotAMailOfItsSender() throws IOException {
        String file = "thunderbird_meet-meeting-invite.eml";
        try (MailReader reader = MailReader.message(corpus(file), options(file, false))) {
            IncomingMeeting meeting = (IncomingMeeting) reader.next();

            assertThat(meeting.origin()).isEqualTo(new Origin(file, 1, 1));
            assertThat(meeting.key()).isEqualTo("65m17hsdolmotv3kvmrtg40ont@google.com|2021-03-22T09:30:00Z");
            // the event's start, not the time the invitation was sent (Date: 09:12:20)
            assertThat(meeting.start()).isEqualTo(utc("2021-03-22T09:30:00Z"));
            assertThat(meeting.durationMinutes()).isEqualTo(60);
            assertThat(meeting.summary()).isEqualTo("Meeeeet me HTML");
            assertThat(meeting.location()).isNull();
            // the Google Meet link is only in the description
            assertThat(meeting.channel()).isEqualTo("video");
            // organized by the From address, not by the Sender (Google Kalender) the mail came through
            assertThat(meeting.organizer()).isEqualTo(new Address("example@gmail.com", "example@gmail.com"));
            assertThat(meeting.attendees()).containsExactly(new Address("homer@example.com", "homer@example.com"));
            assertThat(reader.next()).isNull();
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void calendarInvitationWithoutItsCalendarIsMailFromItsFromHeaderNotItsSender() throws IOException {
        String file = "thunderbird_meet-meeting-invite.eml";
        byte[] withoutCalendar = new String(corpus(file).readAllBytes(), StandardCharsets.ISO_8859_1)
                .replace("Content-Type: text/calendar", "Content-Type: text/x-agenda")
                .replace("Content-Type: application/ics", "Content-Type: application/octet-stream")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (MailReader reader = MailReader.message(new ByteArrayInputStream(withoutCalendar), options(file, false))) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.messageId()).isEqualTo("0000000000008c6d7005be1c767c@google.com");
            assertThat(message.threadId()).isEqualTo("0000000000008c6d7005be1c767c@google.com");
            assertThat(message.sentAt()).isEqualTo(utc("2021-03-22T09:12:20Z"));
            assertThat(message.subject()).isEqualTo("Meet invite (HTML)");
            assertThat(message.from()).isEqualTo(new Address("example@gmail.com", null));
            assertThat(message.to()).containsExactly(new Address("homer@example.com", null));
            assertThat(message.automatic()).isNull();
        }
    }

    @Test
    void exchangeInvitationIsATeamsMeetingAndTheReplyAndTheCancellationAreAutomaticMail() throws IOException {
        String file = "handmade_thunderbird_exchange-invitations.mbox";
        try (MailReader reader = MailReader.mbox(corpus(file), options(file, true))) {
            List<Incoming> records = new ArrayList<>();
            for (Incoming next = reader.next(); next != null; next = reader.next()) {
                records.add(next);
            }

            assertThat(records).hasSize(3);
            IncomingMeeting meeting = (IncomingMeeting) records.get(0);
            assertThat(meeting.origin()).isEqualTo(new Origin(file, 1, 1));
            assertThat(meeting.key()).isEqualTo("040000008200E00074C5B7101A82E00800000000D0B1C2A3E4F5DB01000000000000"
                    + "0000100000004E7A9C2B1D3F5A4C8E6B0D2F4A6C8E01|2025-03-13T13:00:00Z");
            // 14:00 in W. Europe Standard Time, by the VTIMEZONE the invitation carries
            assertThat(meeting.start()).isEqualTo(utc("2025-03-13T13:00:00Z"));
            assertThat(meeting.durationMinutes()).isEqualTo(30);
            assertThat(meeting.summary()).isEqualTo("Offer for the Hamburg site");
            assertThat(meeting.location()).isEqualTo("Microsoft Teams Meeting");
            assertThat(meeting.channel()).isEqualTo("video");
            assertThat(meeting.organizer()).isEqualTo(new Address("jane.doe@example.net", "Jane Doe"));
            assertThat(meeting.attendees()).containsExactly(new Address("nadia.petrov@example.com", "Nadia Petrov"),
                    new Address("pat.quinn@example.com", "Pat Quinn"));
            assertThat(records.subList(1, 3)).map(IncomingMessage.class::cast)
                    .extracting(m -> m.origin().line(), IncomingMessage::subject, IncomingMessage::automatic)
                    .containsExactly(
                            tuple(91L, "Accepted: Offer for the Hamburg site", "calendar reply (METHOD:REPLY)"),
                            tuple(140L, "Canceled: Quarterly review", "meeting cancellation (METHOD:CANCEL)"));
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void invitationFromANoReplyAddressIsStillTheMeetingAndAnEventWithoutPeopleTakesTheMails() throws IOException {
        try (MailReader reader = eml("""
                From: Example Calendar <calendar-noreply@example.com>
                To: Ann <ann@example.com>, bob@example.com
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <invite@example.com>
                Subject: Invitation: Lunch
                Content-Type: text/calendar; charset=utf-8; method=REQUEST

                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//Calendar//EN
                BEGIN:VEVENT
                UID:lunch-1@example.com
                DTSTART:20240105T120000Z
                DTEND:20240105T133000Z
                SUMMARY:Lunch at the harbour
                END:VEVENT
                END:VCALENDAR
                """, false)) {
            IncomingMeeting meeting = (IncomingMeeting) reader.next();

            assertThat(meeting.key()).isEqualTo("lunch-1@example.com|2024-01-05T12:00:00Z");
            assertThat(meeting.channel()).isEqualTo("meal");
            assertThat(meeting.durationMinutes()).isEqualTo(90);
            assertThat(meeting.organizer()).isEqualTo(new Address("calendar-noreply@example.com", "Example Calendar"));
            assertThat(meeting.attendees()).containsExactly(new Address("ann@example.com", "Ann"),
                    new Address("bob@example.com", null));
        }
    }

    @Test
    void savedMmsWithAFromLineAndABareMessageIdIsReadWithAWarning() throws IOException {
        String file = "thunderbird_bug1774805_android_mms.eml";
        try (MailReader reader = MailReader.message(corpus(file), options(file, false))) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.origin()).isEqualTo(new Origin(file, 1, 1));
            assertThat(message.messageId()).isEqualTo("20220517141230751612@mavenir.com");
            assertThat(message.threadId()).isEqualTo("20220517141230751612@mavenir.com");
            assertThat(message.sentAt()).isEqualTo(utc("2022-06-17T14:12:27Z"));
            assertThat(message.subject()).isEqualTo("Bug 1774805 sample MMS");
            assertThat(message.from()).isEqualTo(new Address("+1xxxxxxxxxx@tmomail.net", null));
            assertThat(message.to()).containsExactly(new Address("david@mydomain.com", null));
            assertThat(reader.drainWarnings()).singleElement().satisfies(warning -> {
                // the message starts at its From line; the warning names the line of its Message-ID header
                assertThat(warning.origin()).isEqualTo(new Origin(file, 14, 1));
                assertThat(warning.message()).contains("20220517141230751612@mavenir.com", "no angle brackets");
            });
            assertThat(reader.drainWarnings()).isEmpty();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void signedMessageStartingWithMozillaStatusHeadersIsRead() throws IOException {
        String file = "thunderbird_signed-by-0xfbfcc82a015e7330-to-0xf231550c4f47e38e-unencrypted.eml";
        IncomingMessage message = single(file, false);

        assertThat(message.messageId()).isEqualTo("de411532-9bd9-a30b-37a5-294171a0e1f5@openpgp.example");
        assertThat(message.threadId()).isEqualTo("de411532-9bd9-a30b-37a5-294171a0e1f5@openpgp.example");
        assertThat(message.sentAt()).isEqualTo(utc("2020-10-14T18:21:06Z"));
        assertThat(message.subject()).isEqualTo("Signed Unencrypted");
        assertThat(message.from()).isEqualTo(new Address("bob@openpgp.example", "Bob Babbage"));
        assertThat(message.to()).containsExactly(new Address("alice@openpgp.example", null));
    }

    @Test
    void corpusMessagesNeedNoWarningsButTheBareMessageId() throws IOException {
        for (String file : List.of("mailmimeparser_m0006.txt", "mailmimeparser_m1005.txt", "rubymail_raw_email_reply.eml",
                "mailparser_nodemailer.eml", "thunderbird_meet-meeting-invite.eml",
                "thunderbird_signed-by-0xfbfcc82a015e7330-to-0xf231550c4f47e38e-unencrypted.eml")) {
            try (MailReader reader = MailReader.message(corpus(file), options(file, true))) {
                assertThat(reader.next()).isNotNull();
                assertThat(reader.next()).isNull();
                assertThat(reader.drainWarnings()).as(file).isEmpty();
            }
        }
        try (MailReader reader = MailReader.mbox(corpus(RLUG), options(RLUG, true))) {
            assertThat(readAll(reader)).hasSize(5);
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    // ---- mail no person wrote ----

    @Test
    void automaticMailIsToldApartWithTheHeaderOrSenderThatSaysSo() throws IOException {
        String file = "handmade_dovecot_automatic-mail.mbox";
        try (MailReader reader = MailReader.mbox(corpus(file), options(file, false))) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(m -> m.origin().line(), IncomingMessage::automatic).containsExactly(
                    tuple(1L, "auto-reply (Auto-Submitted: auto-replied)"),
                    tuple(24L, "auto-reply (X-Autoreply)"),
                    tuple(37L, "mailing list (List-Id: Rust users <rust-users.lists.example.org>)"),
                    tuple(56L, "mailing list or newsletter (List-Unsubscribe)"),
                    tuple(71L, "no-reply sender (no-reply@billing.example.net)"),
                    tuple(84L, "read receipt (multipart/report; report-type=disposition-notification)"),
                    tuple(109L, null));
            assertThat(reader.drainWarnings()).isEmpty();
        }
        String bounces = "handmade_mutt_mboxcl2.mbox";
        try (MailReader reader = MailReader.mbox(corpus(bounces), options(bounces, false))) {
            assertThat(readAll(reader)).extracting(IncomingMessage::automatic).containsExactly(null, null,
                    "delivery failure report (multipart/report; report-type=delivery-status)");
        }
    }

    @Test
    void listArchiveMessagesAreBulkMail() throws IOException {
        assertThat(readAll(MailReader.mbox(corpus(RLUG), options(RLUG, false)))).extracting(IncomingMessage::automatic)
                .containsOnly("bulk or list mail (Precedence: bulk)");
    }

    @Test
    void senderAddressesThatNobodyReadsAreAutomatic() throws IOException {
        for (String from : List.of("MAILER-DAEMON@mx.example.net", "postmaster@example.org", "noreply@example.com",
                "no-reply@example.com", "no_reply@example.com", "donotreply@example.com", "do-not-reply@example.com",
                "calendar-noreply@example.com", "noreply-billing@example.com")) {
            assertThat(automaticReason("From: " + from + "\n")).as(from).isNotNull().contains(from.toLowerCase());
        }
        for (String from : List.of("reply@example.com", "nora.reply@example.com", "snoreply@example.com",
                "daemon@example.com", "post@example.com")) {
            assertThat(automaticReason("From: " + from + "\n")).as(from).isNull();
        }
    }

    @Test
    void headersThatMarkAutomaticMailAreRead() throws IOException {
        assertThat(automaticReason("Auto-Submitted: auto-generated\n")).isEqualTo("sent by a program (Auto-Submitted: auto-generated)");
        assertThat(automaticReason("Auto-Submitted: auto-replied; owner-email=\"a@example.com\"\n"))
                .isEqualTo("auto-reply (Auto-Submitted: auto-replied)");
        assertThat(automaticReason("Auto-Submitted: no\n")).isNull();
        assertThat(automaticReason("X-Autorespond: on\n")).isEqualTo("auto-reply (X-Autorespond)");
        assertThat(automaticReason("Precedence: auto_reply\n")).isEqualTo("auto-reply (Precedence: auto_reply)");
        assertThat(automaticReason("Precedence: list\n")).isEqualTo("bulk or list mail (Precedence: list)");
        assertThat(automaticReason("Precedence: first-class\n")).isNull();
        assertThat(automaticReason("Content-Type: multipart/report; report-type=\"delivery-status\"; boundary=b\n"))
                .isEqualTo("delivery failure report (multipart/report; report-type=delivery-status)");
        assertThat(automaticReason("X-Auto-Response-Suppress: All\n")).as("Outlook sets it on ordinary mail").isNull();
    }

    // ---- bodies ----

    @Test
    void keptBodyIsThePlainTextOfAMultipartMessage() throws IOException {
        String body = single("mailmimeparser_m1005.txt", true).body();

        assertThat(body).startsWith("[blue ball]\n\nDie Hasen und die Fr\u00f6sche\n\n"
                + "Die Hasen klagten einst \u00fcber ihre mi\u00dfliche Lage; \"wir leben\", sprach ein\nRedner,");
        assertThat(body).contains("Auf, la\u00dft uns ein f\u00fcr allemal sterben.\"")
                .endsWith("welche also wohl noch ungl\u00fccklicher sein m\u00fcssen als wir.\"\n\n[Image]");
        assertThat(body).doesNotContain("<html>", "=F6", "\r", "--------------");
    }

    @Test
    void keptBodyIsTheFirstPlainPartNotAnAttachmentOrTheHtml() throws IOException {
        assertThat(single("mailparser_nodemailer.eml", true).body()).isEqualTo("Hello to myself!");
        assertThat(single("thunderbird_signed-by-0xfbfcc82a015e7330-to-0xf231550c4f47e38e-unencrypted.eml", true)
                .body()).isEqualTo("Sundays are nothing without callaloo.");
    }

    @Test
    void keptBodyInUtf7IsDecoded() throws IOException {
        String body = single("mailmimeparser_m0006.txt", true).body();

        assertThat(body).startsWith("Die Hasen und die Fr\u00f6sche\n\nDie Hasen klagten einst \u00fcber ihre "
                + "mi\u00dfliche Lage; \"wir leben\", sprach ein Redner,");
        assertThat(body).endsWith("welche also wohl noch ungl\u00fccklicher sein m\u00fcssen als wir.\"");
        assertThat(body).doesNotContain("+AP", "+ACI-");
    }

    @Test
    void bodiesAreLeftOutUnlessAsked() throws IOException {
        assertThat(single("mailmimeparser_m1005.txt", false).body()).isNull();
        assertThat(single("mailparser_nodemailer.eml", false).body()).isNull();
    }

    @Test
    void messageWithOnlyHtmlHasNoBody() throws IOException {
        IncomingMessage message = (IncomingMessage) eml("""
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <html@example.com>
                Content-Type: text/html; charset=utf-8

                <p>Hello</p>
                """, true).next();

        assertThat(message.body()).isNull();
    }

    @Test
    void plainTextLongerThanTheLimitIsCutWithAWarning() throws IOException {
        byte[] header = """
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <long@example.com>
                Content-Type: text/plain; charset=us-ascii

                """.getBytes(StandardCharsets.US_ASCII);
        byte[] line = "All work and no play makes a long message.\n".getBytes(StandardCharsets.US_ASCII);
        GeneratedInput input = new GeneratedInput(new Pieces() {
            int lines = 3 * 1024 * 1024 / line.length;
            boolean headerSent;

            @Override
            public byte[] next() {
                if (!headerSent) {
                    headerSent = true;
                    return header;
                }
                return lines-- > 0 ? line : null;
            }
        });
        try (MailReader reader = MailReader.message(input, options("long.eml", true))) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.body()).hasSizeLessThanOrEqualTo(1 << 20).startsWith("All work and no play");
            assertThat(reader.drainWarnings()).extracting(Notice::message)
                    .anySatisfy(warning -> assertThat(warning).contains("longer than"));
        }
    }

    // ---- one bad message, whole bad files ----

    @Test
    void messageWithoutDateIsABadRecordAndTheNextOneIsStillRead() throws IOException {
        try (MailReader reader = mbox(THREE_MESSAGES_THE_MIDDLE_ONE_UNDATED, false)) {
            IncomingMessage first = (IncomingMessage) reader.next();
            assertThat(first.messageId()).isEqualTo("first@example.com");
            assertThat(first.origin()).isEqualTo(new Origin("test.mbox", 1, 1));

            assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecordException.class, e -> {
                assertThat(e.getMessage()).contains("no usable Date header");
                assertThat(e.origin()).isEqualTo(new Origin("test.mbox", 9, 2));
            });

            IncomingMessage third = (IncomingMessage) reader.next();
            assertThat(third.messageId()).isEqualTo("third@example.com");
            assertThat(third.origin()).isEqualTo(new Origin("test.mbox", 16, 3));
            assertThat(third.sentAt()).isEqualTo(utc("2024-01-01T12:00:00Z"));
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void unreadableDateIsABadRecordToo() throws IOException {
        try (MailReader reader = eml("""
                From: Ann <ann@example.com>
                Date: sometime last week
                Message-ID: <when@example.com>

                Hello.
                """, false)) {
            assertThatThrownBy(reader::next).isInstanceOf(BadRecordException.class)
                    .hasMessageContaining("no usable Date header");
        }
    }

    @Test
    void mboxWithCrlfLineEndsIsSplitOnTheSameLines() throws IOException {
        try (MailReader reader = mbox(THREE_MESSAGES_THE_MIDDLE_ONE_UNDATED.replace("\n", "\r\n"), false)) {
            assertThat(reader.next().origin()).isEqualTo(new Origin("test.mbox", 1, 1));
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecordException.class,
                    e -> assertThat(e.origin()).isEqualTo(new Origin("test.mbox", 9, 2)));
            assertThat(reader.next().origin()).isEqualTo(new Origin("test.mbox", 16, 3));
        }
    }

    @Test
    void quotedFromLineInABodyDoesNotSplitTheMessageAndLosesOneQuote() throws IOException {
        String mbox = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <minutes@example.com>
                Subject: Minutes

                >From the minutes of the last meeting:
                >>From an older note
                > From a reply
                From: is not a separator either

                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 11:00:00 +0000
                Message-ID: <next@example.com>

                Thanks.
                """;
        try (MailReader reader = mbox(mbox, true)) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(IncomingMessage::messageId, m -> m.origin().line())
                    .containsExactly(tuple("minutes@example.com", 1L), tuple("next@example.com", 12L));
            assertThat(messages.getFirst().body()).isEqualTo("From the minutes of the last meeting:\n"
                    + ">From an older note\n> From a reply\nFrom: is not a separator either");
        }
    }

    @Test
    void bodyLinesStartingWithFromDoNotStartMessages() throws IOException {
        String file = "handmade_takeout_from-the-desk.mbox";
        try (MailReader reader = MailReader.mbox(corpus(file), options(file, true))) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(m -> m.origin().line(), m -> m.origin().record(), IncomingMessage::subject)
                    .containsExactly(
                            tuple(1L, 1L, "Notes for Thursday"),
                            tuple(25L, 2L, "Re: Notes for Thursday"),
                            tuple(44L, 3L, "Visit in April"));
            assertThat(messages.getFirst().body()).startsWith("Dear Ann,\n\nFrom the desk of Margaret Ellis")
                    .contains("\n\nFrom Monday on I am travelling").endsWith("Best,\nMargaret");
            assertThat(messages.get(1).body()).contains("From our side").endsWith("Ann");
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void contentLengthKeepsAnUnquotedEnvelopeLineInItsBody() throws IOException {
        String file = "handmade_mutt_mboxcl2.mbox";
        try (MailReader reader = MailReader.mbox(corpus(file), options(file, true))) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(m -> m.origin().line(), IncomingMessage::messageId).containsExactly(
                    tuple(1L, "20250304160209.GA4821@example.com"),
                    tuple(30L, "20250304174528.GB1175@example.net"),
                    tuple(51L, "20250305080005.3F1A22C0D1@mx.example.net"));
            assertThat(messages.getFirst().body())
                    .contains("as the archive has it:\n\nFrom billing@example.com Mon Mar  3 09:15:02 2025\n")
                    .endsWith("Pat");
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void messageMayFollowTheEndItsContentLengthGivesWithoutAnEmptyLine() throws IOException {
        String mbox = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <counted@example.com>
                Content-Length: 57

                From bob@example.com Mon Jan  1 09:00:00 2024
                is quoted.
                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 11:00:00 +0000
                Message-ID: <next@example.com>

                Thanks.
                """;
        try (MailReader reader = mbox(mbox, true)) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(IncomingMessage::messageId, m -> m.origin().line())
                    .containsExactly(tuple("counted@example.com", 1L), tuple("next@example.com", 9L));
            assertThat(messages.getFirst().body()).isEqualTo("From bob@example.com Mon Jan  1 09:00:00 2024\nis quoted.");
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void contentLengthThatEndsNowhereIsIgnoredWithAWarningAtItsLine() throws IOException {
        String mbox = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <too-long@example.com>
                Content-Length: 90

                Short.

                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 11:00:00 +0000
                Message-ID: <too-short@example.com>
                Content-Length: 3

                Longer than three bytes.

                From cid@example.com Mon Jan  1 12:00:00 2024
                From: Cid <cid@example.com>
                Date: Mon, 1 Jan 2024 12:00:00 +0000
                Message-ID: <third@example.com>

                Bye.
                """;
        try (MailReader reader = mbox(mbox, true)) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(IncomingMessage::messageId, m -> m.origin().line()).containsExactly(
                    tuple("too-long@example.com", 1L), tuple("too-short@example.com", 9L), tuple("third@example.com", 17L));
            assertThat(messages).extracting(IncomingMessage::body).containsExactly("Short.", "Longer than three bytes.", "Bye.");
            assertThat(reader.drainWarnings()).extracting(Notice::origin, Notice::message).containsExactly(
                    tuple(new Origin("test.mbox", 5, 1), "the message's Content-Length (90 bytes) does not end where a"
                            + " message starts; the message is taken to end at the next From line instead"),
                    tuple(new Origin("test.mbox", 13, 2), "the message's Content-Length (3 bytes) does not end where a"
                            + " message starts; the message is taken to end at the next From line instead"));
        }
    }

    @Test
    void envelopeLineWithoutAnEmptyLineBeforeItIsBodyTextWithAWarningAtItsLine() throws IOException {
        String mbox = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <pasted@example.com>

                The bounce said:
                From MAILER-DAEMON Mon Jan  1 09:00:00 2024
                and nothing else.

                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 11:00:00 +0000
                Message-ID: <next@example.com>

                Thanks.
                """;
        try (MailReader reader = mbox(mbox, true)) {
            List<IncomingMessage> messages = readAll(reader);

            assertThat(messages).extracting(IncomingMessage::messageId, m -> m.origin().line())
                    .containsExactly(tuple("pasted@example.com", 1L), tuple("next@example.com", 10L));
            assertThat(messages.getFirst().body()).contains("From MAILER-DAEMON Mon Jan  1 09:00:00 2024");
            assertThat(reader.drainWarnings()).singleElement().satisfies(warning -> {
                assertThat(warning.origin()).isEqualTo(new Origin("test.mbox", 7, 1));
                assertThat(warning.message()).contains("no empty line comes before it");
            });
        }
    }

    @Test
    void envelopeLinesAreThoseMailboxesWrite() {
        assertThat(List.of(
                "From sender@example.org Tue Mar  4 10:00:00 2025",
                "From MAILER-DAEMON Fri Jul  8 12:08:34 2011",
                "From - Tue Mar  4 10:00:00 2025",
                "From news@gmane.org Tue Mar 04 03:33:20 2003",
                "From 1826371234567890123@xxx Tue Mar 04 10:00:00 +0000 2025",
                "From ann@example.com  Tue Mar  4 10:00:00 2025",
                "From ann@example.com Tue Mar  4 10:00 PST 2025",
                "From ann@example.com Tue Mar  4 10:00:00 2025 +0100",
                "From ann@example.com Tue, 4 Mar 2025 10:00:00 +0000",
                "From uucp!ann Tue Mar  4 10:00:00 1997 remote from host",
                "From Tue Mar  4 10:00:00 2025"))
                .allSatisfy(line -> assertThat(EnvelopeLine.matches(line)).as(line).isTrue());
        assertThat(List.of(
                "From the desk of Margaret Ellis, Head of Procurement:",
                "From Monday on I am travelling, so Thursday is the day.",
                "From: Ann <ann@example.com>",
                "From ann@example.com",
                "From ann@example.com on Tuesday at 10:00 2025",
                "From the minutes of Tue Mar  4 10:00:00 2025"))
                .allSatisfy(line -> assertThat(EnvelopeLine.matches(line)).as(line).isFalse());
    }

    @Test
    void singleMessageIsNotSplitAtFromLinesInItsBody() throws IOException {
        try (MailReader reader = eml("""
                From - Fri Jun 17 09:13:31 2022
                X-Mozilla-Status: 0001
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <single@example.com>
                Subject: One

                From here on, one message.
                >From then on too.
                """, true)) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.origin()).isEqualTo(new Origin("test.eml", 1, 1));
            assertThat(message.from()).isEqualTo(new Address("ann@example.com", "Ann"));
            assertThat(message.body()).isEqualTo("From here on, one message.\n>From then on too.");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void mboxMessageCutOffInItsHeadersMakesTheFileUnreadable() throws IOException {
        String cut = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <whole@example.com>
                Subject: Whole

                Body.

                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 1""";
        try (MailReader reader = mbox(cut, false)) {
            assertThat(((IncomingMessage) reader.next()).messageId()).isEqualTo("whole@example.com");

            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.origin()).isEqualTo(new Origin("test.mbox", 9, 2));
                assertThat(e.getMessage()).contains("line 11", "cut off");
            });
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void savedMessageCutOffInItsHeadersIsUnreadable() throws IOException {
        byte[] whole = corpus("rubymail_raw_email_reply.eml").readAllBytes();
        int subject = new String(whole, StandardCharsets.ISO_8859_1).indexOf("Subject: Re: Te");
        byte[] cut = Arrays.copyOf(whole, subject + "Subject: Re: Te".length());

        try (MailReader reader = MailReader.message(new ByteArrayInputStream(cut), options("reply.eml", false))) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.origin()).isEqualTo(new Origin("reply.eml", 1, 1));
                assertThat(e.getMessage()).contains("line 26", "cut off");
            });
        }
    }

    @Test
    void vCardGivenAsMailIsUnreadable() throws IOException {
        String vcard = "/corpus/vcard/roundcube_apple.vcf";
        try (MailReader reader = MailReader.message(resource(vcard), options("apple.eml", false))) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.origin().line()).isEqualTo(1);
                assertThat(e.getMessage()).contains("not an email");
            });
        }
        try (MailReader reader = MailReader.mbox(resource(vcard), options("apple.mbox", false))) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.origin().line()).isEqualTo(1);
                assertThat(e.getMessage()).contains("not an mbox");
            });
        }
    }

    @Test
    void spreadsheetGivenAsMailIsUnreadable() throws IOException {
        try (MailReader reader = MailReader.message(resource("/corpus/csv/thunderbird_export.csv"),
                options("export.eml", false))) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("not an email");
        }
    }

    @Test
    void singleMessageGivenAsMboxIsUnreadableAtItsFirstLine() throws IOException {
        try (MailReader reader = MailReader.mbox(corpus("rubymail_raw_email_reply.eml"), options("reply.mbox", false))) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class,
                    e -> assertThat(e.origin().line()).isEqualTo(1));
        }
        try (MailReader reader = mbox("\n\nReturn-Path: <ann@example.com>\nFrom: ann@example.com\n", false)) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(UnreadableFileException.class,
                    e -> assertThat(e.origin().line()).isEqualTo(3));
        }
    }

    @Test
    void mboxMayStartWithBlankLines() throws IOException {
        try (MailReader reader = mbox("\n\n" + THREE_MESSAGES_THE_MIDDLE_ONE_UNDATED, false)) {
            assertThat(reader.next().origin()).isEqualTo(new Origin("test.mbox", 3, 1));
        }
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        for (String empty : List.of("", "\n\n  \r\n")) {
            try (MailReader reader = mbox(empty, false)) {
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class).hasMessageContaining("empty");
            }
            try (MailReader reader = eml(empty, false)) {
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class).hasMessageContaining("empty");
            }
        }
    }

    @Test
    void binaryFileIsUnreadable() throws IOException {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 'F', 'r', 'o', 'm', ' '};
        try (MailReader reader = MailReader.mbox(new ByteArrayInputStream(gzip), options("mail.mbox.gz", false))) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class).hasMessageContaining("binary");
        }
    }

    // ---- ids, dates, names and the deviations accepted on the way ----

    @Test
    void messageWithoutMessageIdIsKnownByADigestOfItsHeadersWithAWarning() throws IOException {
        String headers = """
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Subject: No id

                Hello.
                """;
        try (MailReader reader = eml(headers, false)) {
            IncomingMessage message = (IncomingMessage) reader.next();

            String digest = "digest:" + Digests.sha256Hex(
                    "Mon, 1 Jan 2024 10:00:00 +0000\nAnn <ann@example.com>\nNo id");
            assertThat(message.messageId()).isEqualTo(digest);
            assertThat(message.threadId()).isEqualTo(digest);
            assertThat(reader.drainWarnings()).singleElement().satisfies(warning -> {
                assertThat(warning.origin()).isEqualTo(new Origin("test.eml", 1, 1));
                assertThat(warning.message()).contains("no Message-ID");
            });
        }
        try (MailReader reader = eml(headers.replace("No id", "Another"), false)) {
            assertThat(((IncomingMessage) reader.next()).messageId()).startsWith("digest:")
                    .isNotEqualTo("digest:" + Digests.sha256Hex("Mon, 1 Jan 2024 10:00:00 +0000\nAnn <ann@example.com>\nNo id"));
        }
    }

    @Test
    void warningsNameTheLineOfTheHeaderTheyAreAbout() throws IOException {
        String mbox = """
                From ann@example.com Mon Jan  1 10:00:00 2024
                From: Ann <ann@example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <first@example.com>

                Hello.

                From bob@example.com Mon Jan  1 11:00:00 2024
                From: Bob <bob@example.com>
                To: ann@example.com,
                 nobody
                Received: from relay.example.com
                	by mx.example.com; Tue, 12 Nov 2002 09:05:09 +0000
                a line that is no header at all
                Date: Tue, 12 Nov 2002 09:05:01
                Message-ID: bare@example.com
                Subject: Menu: =?x-unknown?Q?caf=E9?=
                Cc: carol

                Hi.

                From cid@example.com Mon Jan  1 12:00:00 2024
                From: Cid <cid@example.com>
                Message-ID: <undated@example.com>
                Date: sometime last week

                Bye.
                """;
        try (MailReader reader = mbox(mbox, false)) {
            reader.next();
            reader.next();
            assertThat(reader.drainWarnings()).extracting(Notice::origin, n -> n.message().substring(0, 20)).containsExactly(
                    tuple(new Origin("test.mbox", 15, 2), "the Date header \"Tue"),
                    tuple(new Origin("test.mbox", 16, 2), "the Message-ID bare@"),
                    tuple(new Origin("test.mbox", 17, 2), "the Subject header h"),
                    tuple(new Origin("test.mbox", 10, 2), "the To header names "),
                    tuple(new Origin("test.mbox", 18, 2), "the Cc header names "));
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(BadRecordException.class, e -> {
                assertThat(e.getMessage()).contains("no usable Date header");
                assertThat(e.origin()).isEqualTo(new Origin("test.mbox", 25, 3));
            });
        }
    }

    @Test
    void inReplyToGivesTheThreadWhenThereAreNoReferences() throws IOException {
        try (MailReader reader = eml("""
                From: Bob <bob@example.com>
                Date: Mon, 1 Jan 2024 11:00:00 +0000
                Message-ID: <answer@example.com>
                In-Reply-To: Your message of Mon, 1 Jan 2024 <question@example.com>

                Yes.
                """, false)) {
            assertThat(((IncomingMessage) reader.next()).threadId()).isEqualTo("question@example.com");
        }
    }

    @Test
    void groupsAreFlattenedAndNamesWithoutAnAtAreLeftOutWithAWarning() throws IOException {
        try (MailReader reader = eml("""
                From: Ann <ann@example.com>
                To: undisclosed-recipients:;
                Cc: Project team: Bob Baker <BOB@Example.COM>, carol@example.com;, nobody
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <team@example.com>

                Hello team.
                """, false)) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.to()).isEmpty();
            assertThat(message.cc()).containsExactly(
                    new Address("bob@example.com", "Bob Baker"),
                    new Address("carol@example.com", null));
            assertThat(reader.drainWarnings()).singleElement().satisfies(warning -> {
                assertThat(warning.origin()).isEqualTo(new Origin("test.eml", 3, 1));
                assertThat(warning.message()).contains("Cc", "\"nobody\"", "left out");
            });
        }
    }

    @Test
    void senderStandsInForAMissingFrom() throws IOException {
        try (MailReader reader = eml("""
                Sender: Team Calendar <calendar@example.com>
                To: ann@example.com
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <sender@example.com>

                Reminder.
                """, false)) {
            assertThat(((IncomingMessage) reader.next()).from())
                    .isEqualTo(new Address("calendar@example.com", "Team Calendar"));
        }
    }

    @Test
    void messageWithoutAnySenderIsReadWithAWarning() throws IOException {
        try (MailReader reader = eml("""
                To: ann@example.com
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <anonymous@example.com>

                Who wrote this?
                """, false)) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.from()).isNull();
            assertThat(message.to()).containsExactly(new Address("ann@example.com", null));
            assertThat(reader.drainWarnings()).extracting(Notice::message).singleElement()
                    .satisfies(warning -> assertThat(warning).contains("no From or Sender"));
        }
    }

    @Test
    void obsoleteDateFormsAreReadWithoutWarnings() throws IOException {
        try (MailReader reader = eml("""
                From: ann@example.com
                Date: 1 Jan 02 10:00 EST
                Message-ID: <old@example.com>

                Old.
                """, false)) {
            assertThat(((IncomingMessage) reader.next()).sentAt()).isEqualTo(utc("2002-01-01T15:00:00Z"));
            assertThat(reader.drainWarnings()).isEmpty();
        }
    }

    @Test
    void dateWithoutAZoneIsTakenAsUtcWithAWarning() throws IOException {
        try (MailReader reader = eml("""
                From: ann@example.com
                Date: Tue, 12 Nov 2002 09:05:01
                Message-ID: <zoneless@example.com>

                Zoneless.
                """, false)) {
            assertThat(((IncomingMessage) reader.next()).sentAt()).isEqualTo(utc("2002-11-12T09:05:01Z"));
            assertThat(reader.drainWarnings()).extracting(Notice::message).singleElement()
                    .satisfies(warning -> assertThat(warning).contains("Tue, 12 Nov 2002 09:05:01", "not in the standard form"));
        }
    }

    @Test
    void encodedWordInAnUnknownCharsetIsKeptAsWrittenWithAWarning() throws IOException {
        try (MailReader reader = eml("""
                From: ann@example.com
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <charset@example.com>
                Subject: Menu: =?x-unknown?Q?caf=E9?=

                Hello.
                """, false)) {
            assertThat(((IncomingMessage) reader.next()).subject()).isEqualTo("Menu: =?x-unknown?Q?caf=E9?=");
            assertThat(reader.drainWarnings()).extracting(Notice::message).singleElement()
                    .satisfies(warning -> assertThat(warning).contains("Subject", "x-unknown", "unknown"));
        }
    }

    @Test
    void rawUtf8AndRawWindowsHeadersAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, "From: J\u00fcrgen M\u00fcller <jm@example.com>\n", StandardCharsets.UTF_8);
        write(bytes, "Date: Mon, 1 Jan 2024 10:00:00 +0000\nMessage-ID: <raw@example.com>\n", StandardCharsets.US_ASCII);
        write(bytes, "Subject: Caf\u00e9 \u20ac5\n\nHello.\n", Charset.forName("windows-1252"));

        try (MailReader reader = MailReader.message(new ByteArrayInputStream(bytes.toByteArray()), options("raw.eml", false))) {
            IncomingMessage message = (IncomingMessage) reader.next();

            assertThat(message.from()).isEqualTo(new Address("jm@example.com", "J\u00fcrgen M\u00fcller"));
            assertThat(message.subject()).isEqualTo("Caf\u00e9 \u20ac5");
            assertThat(reader.drainWarnings()).extracting(Notice::message).singleElement()
                    .satisfies(warning -> assertThat(warning).contains("Subject", "not UTF-8", "windows-1252"));
        }
    }

    // ---- streaming ----

    @Test
    void aHundredThousandMessagesStreamThroughWithoutTheReaderRunningAhead() throws IOException {
        GeneratedMbox generated = new GeneratedMbox(100_000, 50_000, 400_000);
        GeneratedInput input = new GeneratedInput(generated);
        long count = 0;
        long furthestAhead = 0;
        try (MailReader reader = MailReader.mbox(input, options("huge.mbox", false))) {
            for (Incoming next = reader.next(); next != null; next = reader.next()) {
                IncomingMessage message = (IncomingMessage) next;
                count++;
                assertThat(message.origin().record()).isEqualTo(count);
                if (count % 10_000 == 0 || count == generated.big) {
                    assertThat(message.messageId()).isEqualTo("%06d@example.com".formatted(count));
                }
                furthestAhead = Math.max(furthestAhead, input.served() - generated.endOf(count));
            }
        }

        assertThat(count).isEqualTo(100_000);
        assertThat(input.served()).isEqualTo(generated.endOf(100_000)).isGreaterThan(50L * 1024 * 1024);
        // the reader never held more of the input than its buffer: not the next message, let alone the file
        assertThat(furthestAhead).isLessThanOrEqualTo(64 * 1024);
    }

    // ---- helpers ----

    private static final String THREE_MESSAGES_THE_MIDDLE_ONE_UNDATED = """
            From ann@example.com Mon Jan  1 10:00:00 2024
            From: Ann Archer <ann@example.com>
            Date: Mon, 1 Jan 2024 10:00:00 +0000
            Message-ID: <first@example.com>
            Subject: First

            Hello.

            From bob@example.com Mon Jan  1 11:00:00 2024
            From: Bob <bob@example.com>
            Message-ID: <second@example.com>
            Subject: No date

            Hi.

            From cid@example.com Mon Jan  1 12:00:00 2024
            From: Cid <cid@example.com>
            Date: Mon, 1 Jan 2024 12:00:00 +0000
            Message-ID: <third@example.com>
            Subject: Third

            Bye.
            """;

    /** Why a message with a person's From and these headers would be automatic mail. */
    private static String automaticReason(String headers) throws IOException {
        String from = headers.startsWith("From:") ? "" : "From: Ann <ann@example.com>\n";
        try (MailReader reader = eml(from + headers + "Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
                + "Message-ID: <auto@example.com>\n\nHello.\n", false)) {
            return ((IncomingMessage) reader.next()).automatic();
        }
    }

    private static ReadOptions options(String file, boolean keepBodies) {
        return new ReadOptions(file, null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), null, keepBodies);
    }

    private static InputStream corpus(String name) {
        return resource("/corpus/email/" + name);
    }

    private static InputStream resource(String path) {
        return Objects.requireNonNull(MailReaderTest.class.getResourceAsStream(path), path);
    }

    private static IncomingMessage single(String file, boolean keepBodies) throws IOException {
        try (MailReader reader = MailReader.message(corpus(file), options(file, keepBodies))) {
            List<IncomingMessage> messages = readAll(reader);
            assertThat(messages).hasSize(1);
            assertThat(messages.getFirst().origin()).isEqualTo(new Origin(file, 1, 1));
            return messages.getFirst();
        }
    }

    private static MailReader mbox(String text, boolean keepBodies) {
        return MailReader.mbox(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options("test.mbox", keepBodies));
    }

    private static MailReader eml(String text, boolean keepBodies) {
        return MailReader.message(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options("test.eml", keepBodies));
    }

    private static List<IncomingMessage> readAll(MailReader reader) throws IOException {
        List<IncomingMessage> messages = new ArrayList<>();
        for (Incoming next = reader.next(); next != null; next = reader.next()) {
            messages.add((IncomingMessage) next);
        }
        return messages;
    }

    private static OffsetDateTime utc(String instant) {
        return OffsetDateTime.parse(instant);
    }

    private static void write(ByteArrayOutputStream out, String text, Charset charset) {
        out.writeBytes(text.getBytes(charset));
    }

    /** Pieces of a generated input, one after the other; null after the last. */
    private interface Pieces {
        byte[] next();
    }

    /** An input made while it is read, counting how much of it the reader has taken. */
    private static final class GeneratedInput extends InputStream {

        private final Pieces pieces;
        private byte[] piece = new byte[0];
        private int at;
        private long served;

        GeneratedInput(Pieces pieces) {
            this.pieces = pieces;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            while (at == piece.length) {
                byte[] next = pieces.next();
                if (next == null) {
                    return -1;
                }
                piece = next;
                at = 0;
            }
            int count = Math.min(length, piece.length - at);
            System.arraycopy(piece, at, target, offset, count);
            at += count;
            served += count;
            return count;
        }
    }

    /**
     * Small messages of equal length, one of them (the {@code big}th) carrying an attachment of
     * {@code attachmentLines} base64 lines, about 30 MB for 400,000 lines.
     */
    private static final class GeneratedMbox implements Pieces {

        private static final byte[] ATTACHMENT_LINE = ("QUJD".repeat(19) + "\n").getBytes(StandardCharsets.US_ASCII);
        private static final byte[] BIG_END = "--part--\n\n".getBytes(StandardCharsets.US_ASCII);

        final int count;
        final int big;
        final int attachmentLines;
        private final long smallSize = small(1).length;
        private final long bigSize;
        private int nextMessage = 1;
        private int linesLeft;
        private boolean endDue;

        GeneratedMbox(int count, int big, int attachmentLines) {
            this.count = count;
            this.big = big;
            this.attachmentLines = attachmentLines;
            this.bigSize = bigStart(big).length + (long) attachmentLines * ATTACHMENT_LINE.length + BIG_END.length;
        }

        /** Where message n ends in the input. */
        long endOf(long n) {
            return n * smallSize + (n >= big ? bigSize - smallSize : 0);
        }

        @Override
        public byte[] next() {
            if (linesLeft > 0) {
                linesLeft--;
                return ATTACHMENT_LINE;
            }
            if (endDue) {
                endDue = false;
                return BIG_END;
            }
            if (nextMessage > count) {
                return null;
            }
            int n = nextMessage++;
            if (n == big) {
                linesLeft = attachmentLines;
                endDue = true;
                return bigStart(n);
            }
            byte[] message = small(n);
            assertThat(message.length).isEqualTo(smallSize);
            return message;
        }

        private static byte[] small(int n) {
            return """
                    From person%1$06d@example.com Mon Jan  1 10:00:00 2024
                    From: Person %1$06d <person%1$06d@example.com>
                    To: me@example.com
                    Date: Mon, 1 Jan 2024 10:00:00 +0000
                    Message-ID: <%1$06d@example.com>
                    Subject: Note %1$06d

                    Hello from %1$06d.

                    """.formatted(n).getBytes(StandardCharsets.US_ASCII);
        }

        private static byte[] bigStart(int n) {
            return """
                    From person%1$06d@example.com Mon Jan  1 10:00:00 2024
                    From: Person %1$06d <person%1$06d@example.com>
                    To: me@example.com
                    Date: Mon, 1 Jan 2024 10:00:00 +0000
                    Message-ID: <%1$06d@example.com>
                    Subject: Photos
                    MIME-Version: 1.0
                    Content-Type: multipart/mixed; boundary="part"

                    --part
                    Content-Type: text/plain

                    The photos.
                    --part
                    Content-Type: image/jpeg
                    Content-Transfer-Encoding: base64

                    """.formatted(n).getBytes(StandardCharsets.US_ASCII);
        }
    }
}
