package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands against a database of their own, with the exit codes scripts rely on. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String database = "jdbc:h2:file:" + "./target/cli-test/" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void importsAFileThenExportsWhatItMadeAndRefusesABadFileWithExitCodeOne() throws IOException {
        Path cards = Path.of("src/test/resources/corpus/vcard/ezvcard_John_Doe_ANDROID.vcf");
        assertThat(run("import", cards.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("succeeded").contains("6 read, 6 created");

        Path export = folder.resolve("people.csv");
        assertThat(run("export", "--format", "people-csv", "--out", export.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(export)).contains("john.doe@company.com").contains("henry@company.com");

        Path cut = folder.resolve("cut.csv");
        Files.writeString(cut, "Name,Email\nAda,ada@example.com\nBo,\"bo@exa");
        assertThat(run("import", cut.toString())).isEqualTo(CommandLine.REFUSED);
        assertThat(err.toString()).contains("cut.csv, line 3").contains("nothing was imported");
    }

    @Test
    void partnersAndTheirEndorsementsImportAndExportOnTheCommandLine() throws IOException {
        Path partners = Files.writeString(folder.resolve("partners.csv"), "name,kind,organization,specialties,areas\n"
                + "Lakeside Plumbing,company,Lakeside Plumbing,plumber; heating,\"city:Minneapolis; radius:44.98,-93.27,40\"\n"
                + "Twin Cities IT,company,twincitiesit.example,it support,region:MN\n");
        assertThat(run("import", partners.toString(), "--format", "partners")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("succeeded").contains("2 read, 2 created");
        Path endorsements = Files.writeString(folder.resolve("endorsements.csv"), "partner,endorser,date,rating,said\n"
                + "Lakeside Plumbing,cli-admin@test.example,2026-03-01,5,Fixed the boiler\n");
        assertThat(run("import", endorsements.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 read, 1 created");

        Path exported = folder.resolve("partners-out.csv");
        assertThat(run("export", "--format", "partners-csv", "--out", exported.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(exported)).contains("Lakeside Plumbing,company,Lakeside Plumbing,,")
                .contains("\"city:Minneapolis; radius:44.98,-93.27,40\"").contains("Twin Cities IT,company,");
        Path endorsed = folder.resolve("endorsements-out.csv");
        assertThat(run("export", "--format", "endorsements-csv", "--out", endorsed.toString())).as(err.toString())
                .isZero();
        assertThat(Files.readString(endorsed)).contains("Lakeside Plumbing,cli-admin@test.example,2026-03-01,5,"
                + "Fixed the boiler,");

        Path bad = Files.writeString(folder.resolve("bad.csv"), "partner,endorser,date,rating\n"
                + "Lakeside Plumbing,cli-admin@test.example,2026-03-02,4\n"
                + "Lakeside Plumbing,cli-admin@test.example,2026-03-03,six\n");
        assertThat(run("import", bad.toString(), "--format", "endorsements")).isEqualTo(CommandLine.REFUSED);
        assertThat(err.toString()).contains("bad.csv, line 3").contains("rating: \"six\"")
                .contains("nothing was imported");
    }

    @Test
    void mailImportSaysHowManyMessagesWereAutomaticAndWhy() {
        Path mbox = Path.of("src/test/resources/corpus/email/handmade_dovecot_automatic-mail.mbox");
        assertThat(run("import", mbox.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("7 read, 1 created, 0 updated, 0 unchanged, 6 skipped (6 automatic mail)")
                .contains("  skipped at handmade_dovecot_automatic-mail.mbox, line 24 (record 2): automatic mail: "
                        + "auto-reply (X-Autoreply)");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("import")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Usage:");
        assertThat(run("restore")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("restore needs a FILE").contains("handshake backup --out FILE");
        assertThat(new CommandLine(new PrintStream(out), new PrintStream(err)).execute(app.handshake.HandshakeApplication.class, new String[] {"frobnicate"}))
                .isEqualTo(CommandLine.USAGE);
        assertThat(run("export", "--format", "people-xls", "--out", folder.resolve("x").toString()))
                .isEqualTo(CommandLine.USAGE);
    }

    @Test
    void usageNeedsADeploymentThatExists() {
        String usage = "src/test/resources/deployments/usage.csv";
        assertThat(run("import", usage)).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("choose the deployment the usage in usage.csv is for");
        assertThat(run("import", usage, "--deployment", "Leeds")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("--deployment takes a deployment's id");
        UUID unknown = UUID.randomUUID();
        assertThat(run("import", usage, "--deployment", unknown.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("No deployment with id " + unknown);
    }

    @Test
    void sinceTakesItsDateAfterASpaceOrAnEqualsSign() {
        // Exchange's forwarded invite of 26 August 2015: older than the default window of five years
        String invite = "src/test/resources/corpus/ical/ical4j_blankTzid.ics";
        assertThat(run("import", invite)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("succeeded: 0 read, 0 created")
                .contains("0 failed, 2 warnings, 1 outside the import window")
                .contains("1 event lies outside the import window").contains("1 before it, 0 still to come");
        assertThat(run("import", invite, "--since", "2015-01-01", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(dry run, nothing stored): 1 read, 1 created");
        assertThat(run("import", invite, "--since=2015-01-01")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("succeeded: 1 read, 1 created");
    }

    @Test
    void theOccurrencesOneEventMayGiveAreASetting() {
        // Outlook's weekday standup, every weekday since 2009
        String standup = "src/test/resources/corpus/ical/ical4j_Standup.ics";
        assertThat(run("import", standup, "--since", "2026-01-01", "--dry-run",
                "--handshake.imports.occurrences-per-event=3")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 read, 3 created").contains("only its first 3 occurrences, up to 2026-01-05")
                .contains("ical4j_Standup.ics, line 26 (record 1)");
    }

    @Test
    void unknownOptionsAndDatesThatAreNoDatesAreWrongUsage() {
        String invite = "src/test/resources/corpus/ical/ical4j_blankTzid.ics";
        assertThat(run("import", invite, "--sinse=2015-01-01")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Unknown option --sinse").contains("Usage:");
        assertThat(run("import", invite, "--verbose")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Unknown option --verbose");
        assertThat(run("import", invite, "--since", "last-year")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("--since needs a date such as 2021-01-31");
        assertThat(run("import", invite, "--since=")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("--since needs a value");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--handshake.admin.email=cli-admin@test.example",
                "--handshake.admin.password=a-long-enough-password"));
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(app.handshake.HandshakeApplication.class, all.toArray(String[]::new));
    }
}
