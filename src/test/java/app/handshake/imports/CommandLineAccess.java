package app.handshake.imports;

import app.handshake.HandshakeApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line from tests outside its package, with its output captured. */
public final class CommandLineAccess {

    private CommandLineAccess() {}

    public static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, List<String> args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(HandshakeApplication.class, args.toArray(String[]::new));
    }
}
