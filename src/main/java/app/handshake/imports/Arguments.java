package app.handshake.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command, its file, its options, and any Spring settings passed through. An option takes its value as
 * the next argument or after "=" ({@code --since 2021-01-01}, {@code --since=2021-01-01}); a setting is
 * told apart by the dots of its name ({@code --spring.datasource.url=...}), so that a mistyped option is
 * refused instead of being taken for a setting nobody reads.
 */
record Arguments(String command, String file, Map<String, String> values, Set<String> flags,
        List<String> springSettings) {

    private static final Set<String> WITH_VALUE = Set.of("--format", "--as", "--out", "--passphrase-file",
            "--since", "--deployment");
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
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (WITH_VALUE.contains(name)) {
                if (equals < 0 && i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = equals > 0 ? arg.substring(equals + 1) : args[++i];
                if (value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                values.put(name, value);
            } else if (FLAGS.contains(arg)) {
                flags.add(arg);
            } else if (equals > 0 && name.contains(".")) {
                spring.add(arg);
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown option " + name);
            } else if (file == null) {
                file = arg;
            } else {
                throw new IllegalArgumentException("One file at a time: " + arg);
            }
        }
        if ((args[0].equals("import") || args[0].equals("restore")) && file == null) {
            throw new IllegalArgumentException(args[0] + " needs a FILE");
        }
        Arguments arguments = new Arguments(args[0], file, values, flags, spring);
        arguments.since();
        return arguments;
    }

    String value(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The first day of the import window (--since), or null for the default. */
    LocalDate since() {
        String since = values.get("--since");
        try {
            return since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since needs a date such as 2021-01-31, not " + since);
        }
    }
}
