package io.jenkins.plugins.dbgitops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven through the DevTools protocol over the JDK's WebSocket client: open a page at a
 * given width, read what the browser reports (console errors, scroll width, page text) and take a full-page
 * screenshot. No driver library: the handful of protocol commands a report check needs.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Where Debian's {@code chromium} package installs the browser. */
    public static final Path BINARY = Path.of(System.getProperty("dbgitops.chromium", "/usr/bin/chromium"));
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, String pageSocket) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(pageSocket), new Listener()).join();
    }

    /** Whether the browser is installed here; tests that need it are skipped with this reason otherwise. */
    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static String unavailableReason() {
        return "Headless Chromium is not installed at " + BINARY + " (apt-get install chromium; .ci/run installs it):"
                + " the browser checks of the HTML reports are skipped.";
    }

    /** Starts the browser with a throwaway profile and no network services, and attaches to its blank page. */
    public static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("dbgitops-chromium-");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "about:blank").redirectErrorStream(true).start();
        String browserSocket = awaitListening(process);
        URI http = URI.create(browserSocket.replaceFirst("^ws://([^/]+)/.*$", "http://$1/json/list"));
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http).timeout(TIMEOUT)
                .build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                HeadlessChromium browser = new HeadlessChromium(process, profile,
                        target.path("webSocketDebuggerUrl").asText());
                browser.call("Page.enable", Map.of());
                browser.call("Runtime.enable", Map.of());
                browser.call("Log.enable", Map.of());
                return browser;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Chromium opened no page: " + list.body());
    }

    private static String awaitListening(Process process) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("Chromium exited before it listened:\n" + seen);
    }

    /** Opens the file at a viewport of {@code width} CSS pixels and waits for it to load. */
    public void open(Path file, int width) throws Exception {
        errors.clear();
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", width < 600));
        loaded = new CompletableFuture<>();
        JsonNode navigation = call("Page.navigate", Map.of("url", file.toUri().toString()));
        if (navigation.hasNonNull("errorText")) {
            throw new IllegalStateException("Chromium could not open " + file + ": " + navigation.get("errorText"));
        }
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("Page script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Console errors, uncaught exceptions and browser log errors (blocked loads, CSP) since the last open. */
    public List<String> errors() {
        return new ArrayList<>(errors);
    }

    /** Writes a PNG of the whole page at the current width. */
    public void screenshot(Path png) throws Exception {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(),
                "height", size.path("height").asDouble(), "scale", 1);
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", clip));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void receive(String text) throws IOException {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    errors.add("console.error: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(params.path("entry").path("level").asText())) {
                    errors.add("log: " + params.path("entry").path("text").asText());
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is stopped below either way
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Collects the WebSocket's text frames into messages. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    receive(text);
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
