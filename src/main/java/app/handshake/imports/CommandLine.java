package app.handshake.imports;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.imports.backup.WorkspaceBackup;
import app.handshake.imports.export.PeopleExport;
import app.handshake.imports.export.PeopleWriters;
import app.handshake.imports.export.TouchpointsExport;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import and export from the command line, on the same jar and database as the server:
 * {@code import FILE [--format F] [--deployment ID] [--since DATE] [--dry-run] [--skip-bad] [--as EMAIL]} and
 * {@code export --format people-vcf|people-csv|touchpoints-csv|touchpoints-ics|deals-csv|deployments-csv|partners-csv|endorsements-csv --out FILE
 * [--as EMAIL]},
 * {@code backup --out FILE} and {@code restore FILE}.
 * Exit codes scripts can trust: 0 done, 1 the file was refused (nothing imported), 2 wrong usage.
 */
public final class CommandLine {

    public static final Set<String> COMMANDS = Set.of("import", "export", "backup", "restore");
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs one command of {@code application}; {@code args} may carry settings such as --spring.datasource.url=... */
    public static int run(Class<?> application, String[] args) {
        return new CommandLine(System.out, System.err).execute(application, args);
    }

    int execute(Class<?> application, String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        boolean restoring = arguments.command().equals("restore");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false)
                .run(withQuietSettings(arguments.springSettings(), restoring))) {
            BackupCommands backups = new BackupCommands(out, err);
            if (restoring) {
                return backups.restore(app.getBean(WorkspaceBackup.class), arguments);
            }
            Actor actor = actor(app.getBean(Users.class), arguments.value("--as"));
            return switch (arguments.command()) {
                case "import" -> importFile(app.getBean(Imports.class), actor, arguments);
                case "backup" -> backups.backup(app.getBean(WorkspaceBackup.class), actor, arguments);
                default -> export(app, actor, arguments);
            };
        } catch (IllegalArgumentException | InvalidRequestException | ForbiddenException
                | app.handshake.shared.RecordNotFoundException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("Could not write: " + e.getMessage());
            return REFUSED;
        }
    }

    private int importFile(Imports imports, Actor actor, Arguments arguments) {
        Path file = Path.of(arguments.file());
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        LocalDate since = arguments.since();
        ImportRequest request = new ImportRequest(file.getFileName().toString(),
                ImportFormat.named(arguments.value("--format")), null, null, null, arguments.flag("--dry-run"),
                arguments.flag("--skip-bad"), null, false, since == null ? null : since.atStartOfDay().atOffset(ZoneOffset.UTC),
                deployment(arguments.value("--deployment")));
        ImportJob job = new ProgressLine(err).follow(imports, actor, request, file);
        out.printf("%s: %s%s: %d read, %d created, %d updated, %d unchanged, %d skipped%s, %d failed, %d warnings%s%n",
                job.fileName(), job.status(), job.dryRun() ? " (dry run, nothing stored)" : "", job.recordsRead(),
                job.created(), job.updated(), job.unchanged(), job.skipped(), ProgressLine.automatic(job), job.failed(),
                job.warnings(), outsideWindow(job));
        for (ImportJob.Note note : job.notes()) {
            out.println("  " + note.kind() + " at " + note.place() + ": " + note.message());
        }
        if (job.status() == ImportJob.Status.failed || job.status() == ImportJob.Status.cancelled) {
            err.println(job.problem().place() + ": " + job.problem().detail() + " (nothing was imported)");
            return REFUSED;
        }
        return DONE;
    }

    private static java.util.UUID deployment(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--deployment takes a deployment's id, such as "
                    + "01939d2c-7e1a-7b3c-9f00-123456789abc");
        }
    }

    /** Calendars say how many events lay outside the window, even none: "0 read" alone would not tell why. */
    static String outsideWindow(ImportJob job) {
        return job.format() == ImportFormat.ical || job.outsideWindow() > 0
                ? String.format(", %d outside the import window", job.outsideWindow()) : "";
    }

    private int export(ConfigurableApplicationContext app, Actor actor, Arguments arguments) throws IOException {
        String format = arguments.value("--format");
        String target = arguments.value("--out");
        if (format == null || target == null) {
            throw new IllegalArgumentException("export needs --format and --out");
        }
        Path outFile = Path.of(target);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
            switch (format) {
                case "people-vcf" -> people(app, actor, PeopleWriters.vcard(writer));
                case "people-csv" -> people(app, actor, PeopleWriters.csv(writer));
                case "touchpoints-csv" -> app.getBean(TouchpointsExport.class).csv(actor, writer);
                case "touchpoints-ics" -> app.getBean(TouchpointsExport.class).icalendar(actor, writer);
                case "deals-csv" -> app.getBean(app.handshake.imports.export.DealsExport.class).csv(actor, writer);
                case "deployments-csv" -> app.getBean(app.handshake.imports.export.DeploymentsExport.class)
                        .csv(actor, writer);
                case "partners-csv" -> app.getBean(app.handshake.imports.export.PartnersExport.class)
                        .partnersCsv(actor, writer);
                case "endorsements-csv" -> app.getBean(app.handshake.imports.export.PartnersExport.class)
                        .endorsementsCsv(actor, writer);
                default -> throw new IllegalArgumentException("Unknown export format " + format
                        + "; use people-vcf, people-csv, touchpoints-csv, touchpoints-ics, deals-csv, deployments-csv,"
                        + " partners-csv or endorsements-csv");
            }
        }
        out.println("Wrote " + outFile);
        return DONE;
    }

    private static void people(ConfigurableApplicationContext app, Actor actor, PeopleWriters.PersonWriter writer) {
        try (writer) {
            app.getBean(PeopleExport.class).forEach(actor, writer::write);
        }
    }

    /** The user named by --as, or the only admin when there is just one. */
    private static Actor actor(Users users, String email) {
        if (email != null) {
            return users.findByEmail(email).filter(UserView::enabled).map(UserView::actor)
                    .orElseThrow(() -> new IllegalArgumentException("No enabled user " + email));
        }
        List<UserView> admins = users.list().stream().filter(u -> u.role() == Role.admin && u.enabled()).toList();
        if (admins.size() != 1) {
            throw new IllegalArgumentException("Say who imports with --as EMAIL");
        }
        return admins.getFirst().actor();
    }

    private static String[] withQuietSettings(List<String> given, boolean restoring) {
        // The web server is part of the application (sessions, security); on a free loopback port it is harmless.
        List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--server.port=0",
                "--server.address=127.0.0.1", "--handshake.scheduling.enabled=false", "--logging.level.root=WARN"));
        if (restoring && given.stream().noneMatch(s -> s.startsWith("--handshake.admin.create-on-empty="))) {
            // An empty database stays empty for the restore: its users come from the backup.
            settings.add("--handshake.admin.create-on-empty=false");
        }
        settings.addAll(given);
        return settings.toArray(String[]::new);
    }

    static final String USAGE_TEXT = """
            Usage: handshake import FILE [--format vcard|csv|ical|mbox|eml|deals|usage|partners|endorsements] [--deployment ID]
                          [--since YYYY-MM-DD] [--dry-run] [--skip-bad] [--as EMAIL]
                   handshake export --format people-vcf|people-csv|touchpoints-csv|touchpoints-ics|deals-csv|deployments-csv
                          |partners-csv|endorsements-csv --out FILE [--as EMAIL]
                   handshake backup --out FILE [--passphrase-file FILE] [--as ADMIN-EMAIL]
                   handshake restore FILE [--passphrase-file FILE]    (into an empty workspace)
            --since: calendar meetings before this day are left out (default: five years back).
            --deployment: the deployment a usage file (site, day, active users) goes into.
            The backup passphrase comes from --passphrase-file, HANDSHAKE_BACKUP_PASSPHRASE, or a prompt.
            Settings pass through by their dotted names, e.g. --handshake.imports.occurrences-per-event=5000.""";
}
