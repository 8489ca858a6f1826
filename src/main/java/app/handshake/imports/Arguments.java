package app.handshake.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command, its file, its options, and any Spring settings (--name=value) passed through. */
record Arguments(String command, String file, Map<String, String> values, Set<String> flags,
        List<String> springSettings) {

    private static final Set<String> WITH_VALUE = Set.of("--format", "--as", "--out", "--passphrase-file");
    private static final Set<String> FLAGS = Set.of("--dry-run", "--skip-bad");

    static Arguments parse(String[] args) {
        if (args.length == 0 || !CommandLine.COMMANDS.contains(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "No command" : "Unknown command " + args[0]);
        }
        String file = null;
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, args[++i]);
            } else if (FLAGS.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new IllegalArgumentException("One file at a time: " + arg);
            }
        }
        if ((args[0].equals("import") || args[0].equals("restore")) && file == null) {
            throw new IllegalArgumentException(args[0] + " needs a FILE");
        }
        return new Arguments(args[0], file, values, flags, spring);
    }

    String value(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
