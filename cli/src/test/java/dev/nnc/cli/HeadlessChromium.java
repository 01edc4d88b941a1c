package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven through the DevTools protocol over a WebSocket (the JDK's own
 * client, no driver): open a page, read what it fetched, evaluate JavaScript in it, take a
 * screenshot. Absent Chromium skips the tests that need it, with how to install it, except under CI
 * (the environment variable {@code CI} set), where it fails them.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("NNC_CHROMIUM", "/usr/bin/chromium"));
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private String session;

    private HeadlessChromium(Process process, Path profile, String url) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Skips the calling test (or fails it under CI) when Chromium is not installed. */
    static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String how = "Chromium is not installed at " + BINARY + "; install it with "
                + "'sudo apt-get install -y --no-install-recommends chromium' (Debian, Ubuntu) or set NNC_CHROMIUM "
                + "to a Chromium binary, to run the browser tests";
        if (System.getenv("CI") != null) {
            fail(how + " (CI is set, so the browser tests must run)");
        }
        Assumptions.abort(how);
    }

    /** Starts a fresh headless Chromium with an empty profile, a page {@code width} by {@code height}. */
    static HeadlessChromium start(int width, int height) throws Exception {
        requireInstalled();
        Path profile = Files.createTempDirectory("nnc-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = listeningUrl(process);
        HeadlessChromium chromium = new HeadlessChromium(process, profile, url);
        chromium.attach();
        return chromium;
    }

    private static String listeningUrl(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // Chromium has exited
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.add(line);
        }
        throw new IOException("Chromium exited without opening its DevTools port:\n" + String.join("\n", seen));
    }

    private void attach() throws Exception {
        String target = browser("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                .get("targetId").asText();
        session = browser("Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        send("Network.enable", JSON.createObjectNode());
        send("Page.enable", JSON.createObjectNode());
        send("Network.setCacheDisabled", JSON.createObjectNode().put("cacheDisabled", true));
    }

    /** Loads {@code file} and waits for its load event; returns the URLs of every request the page made. */
    List<String> open(Path file) throws Exception {
        events.clear();
        send("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (events.stream().noneMatch(e -> e.path("method").asText().equals("Page.loadEventFired"))) {
            if (System.nanoTime() > deadline) {
                fail("the page " + file + " did not load within " + TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(20);
        }
        Thread.sleep(200);
        return events.stream().filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
                .map(e -> e.path("params").path("request").path("url").asText()).toList();
    }

    /** Emulates the colour scheme {@code scheme} ({@code light}, {@code dark}) for media queries. */
    void colourScheme(String scheme) throws Exception {
        ObjectNode params = JSON.createObjectNode();
        params.putArray("features").addObject().put("name", "prefers-color-scheme").put("value", scheme);
        send("Emulation.setEmulatedMedia", params);
    }

    /** Emulates the media type {@code media} ({@code print}, or {@code ""} for the screen again). */
    void media(String media) throws Exception {
        send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", media));
    }

    /** The value of JavaScript {@code expression} in the page (JSON-able). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            fail("JavaScript failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** A PNG of the page's top {@code width} by {@code height} CSS pixels. */
    byte[] screenshot(int width, int height) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", params).get("data").asText());
    }

    private JsonNode browser(String method, ObjectNode params) throws Exception {
        return call(method, params, null);
    }

    private JsonNode send(String method, ObjectNode params) throws Exception {
        return call(method, params, session);
    }

    private JsonNode call(String method, ObjectNode params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            fail(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(p -> p.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
