package app.handshake.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * The client side of the workspace benchmark, in a process of its own so that its allocations, garbage
 * collections and compilations are not the server's: one thread sends requests over loopback one after
 * another and records each latency as the client sees it. Prints one {@code RESULT} line per measurement.
 *
 * <p>Arguments: base URL, bearer token, a file with the ids of people the user may log touchpoints with.
 */
public final class LoadDriver {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    private LoadDriver(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        LoadDriver driver = new LoadDriver(args[0], args[1]);
        List<String> people = Files.readAllLines(Path.of(args[2]));
        // Warm-ups long enough for the JIT to settle on a 2-core machine before anything is recorded.
        driver.report("baseline", driver.measure(1_000, 2_000, i -> driver.send("GET", "/api/users/me", null)));
        driver.report("agenda", driver.measure(1_000, 2_000, i -> driver.send("GET", "/api/agenda", null)));
        Random random = new Random(7);
        driver.report("log", driver.measure(2_000, 5_000, i -> driver.send("POST", "/api/touchpoints",
                "{\"channel\":\"phone\",\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC) + "\",\"personIds\":[\""
                        + people.get(random.nextInt(people.size())) + "\"]}")));
    }

    private interface Request {
        void send(int i) throws Exception;
    }

    private Histogram measure(int warmUp, int recorded, Request request) throws Exception {
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < warmUp + recorded; i++) {
            long started = System.nanoTime();
            request.send(i);
            if (i >= warmUp) {
                histogram.recordValue(System.nanoTime() - started);
            }
        }
        return histogram;
    }

    private void report(String name, Histogram h) {
        System.out.printf("RESULT %s %d %.2f %.2f %.2f%n", name, h.getTotalCount(), h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private void send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }
}
