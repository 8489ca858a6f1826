package app.handshake.imports;

import app.handshake.accounts.Actor;
import app.handshake.imports.backup.InvalidBackupException;
import app.handshake.imports.backup.WorkspaceBackup;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code backup --out FILE} and {@code restore FILE}. The passphrase that seals the secrets comes from
 * {@code --passphrase-file}, the {@code HANDSHAKE_BACKUP_PASSPHRASE} environment variable, or a prompt.
 */
final class BackupCommands {

    static final String PASSPHRASE_VARIABLE = "HANDSHAKE_BACKUP_PASSPHRASE";

    private final PrintStream out;
    private final PrintStream err;

    BackupCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int backup(WorkspaceBackup backups, Actor actor, Arguments arguments) throws IOException {
        String target = arguments.value("--out");
        if (target == null) {
            throw new IllegalArgumentException("backup needs --out FILE");
        }
        char[] passphrase = passphrase(arguments);
        Path outFile = Path.of(target).toAbsolutePath();
        // Written beside the target and moved into place at the end: a failed backup never leaves half a file.
        Path partial = Files.createTempFile(outFile.getParent(), ".handshake-backup-", ".partial");
        try {
            long rows;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                rows = backups.write(actor, passphrase, file, progress("backed up"));
            }
            Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            clearLine();
            out.printf("Wrote %s: %,d rows%n", outFile, rows);
            return CommandLine.DONE;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    int restore(WorkspaceBackup backups, Arguments arguments) {
        Path file = Path.of(arguments.file());
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        char[] passphrase = passphrase(arguments);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Map<String, Long> rows = backups.restore(in, passphrase, progress("restored"));
            clearLine();
            out.printf("Restored %s: %,d rows in %d tables%n", file,
                    rows.values().stream().mapToLong(Long::longValue).sum(), rows.size());
            return CommandLine.DONE;
        } catch (InvalidBackupException e) {
            clearLine();
            err.println(file + (e.place() == null ? "" : ", " + e.place()) + ": " + e.getMessage() + " (nothing was restored)");
            return CommandLine.REFUSED;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return CommandLine.REFUSED;
        }
    }

    private LongConsumer progress(String verb) {
        return rows -> err.printf("\r%,d rows %s", rows, verb);
    }

    private void clearLine() {
        err.print("\r" + " ".repeat(40) + "\r");
    }

    private static char[] passphrase(Arguments arguments) {
        String file = arguments.value("--passphrase-file");
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the passphrase file " + file);
            }
        }
        String variable = System.getenv(PASSPHRASE_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("Give the backup passphrase with --passphrase-file FILE or "
                    + PASSPHRASE_VARIABLE);
        }
        char[] typed = console.readPassword("Backup passphrase: ");
        if (typed == null) {
            throw new IllegalArgumentException("No passphrase given");
        }
        return typed;
    }
}
