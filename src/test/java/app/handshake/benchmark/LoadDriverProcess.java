package app.handshake.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts {@link LoadDriver} in a JVM of its own, on the same Java and class path, and reads its results. */
final class LoadDriverProcess {

    private LoadDriverProcess() {}

    /** Each measurement as a report line, "{}" standing for its description. */
    static Map<String, String> run(String base, String token, Path peopleIds) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LoadDriver.class.getName(), base, token, peopleIds.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> results = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] parts = line.split(" ");
                if (parts.length == 6 && parts[0].equals("RESULT")) {
                    results.put(parts[1], String.format("{}, %s requests: p50 %s ms, p99 %s ms, max %s ms",
                            parts[2], parts[3], parts[4], parts[5]));
                }
            }
        }
        if (process.waitFor() != 0 || results.size() != 3) {
            throw new IllegalStateException("The load driver failed with exit code " + process.exitValue());
        }
        return results;
    }
}
