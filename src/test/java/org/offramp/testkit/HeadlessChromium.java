package org.offramp.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the DevTools protocol, for tests that open a page as a reader's
 * browser would: it loads a file, collects every console error, uncaught exception and failed load
 * (the browser's log at level error), evaluates expressions in the page and saves screenshots. It
 * needs Debian's {@code chromium} package (or {@code CHROMIUM=/path/to/chrome}); nothing but the JDK's
 * HTTP and WebSocket clients and Jackson on the Java side.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start(tmp)) {
 *     HeadlessChromium.Page page = browser.open(Path.of("report.html"));
 *     assertEquals(List.of(), page.errors());
 *     page.screenshot(Path.of("target/report.png"), true);
 * }
 * }</pre>
 *
 * <p>The browser runs with the flags a closed network and a root user need: no sandbox, no GPU, no
 * QUIC, no first-run, background networking, component updates or sync, and its own fresh profile.
 * One page at a time; not thread-safe.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch loaded = new CountDownLatch(1);

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /**
     * The Chromium binary: {@code $CHROMIUM}, else {@code chromium}, {@code chromium-browser} or
     * {@code google-chrome} on the PATH.
     *
     * @return its path, or empty when none is installed
     */
    public static Optional<Path> binary() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts a headless Chromium with a fresh profile in {@code work} and attaches to its blank page.
     *
     * @param work a folder for the browser's profile
     * @return the browser
     * @throws IOException           if Chromium is missing or does not start
     * @throws InterruptedException  if interrupted while it starts
     */
    public static HeadlessChromium start(Path work) throws IOException, InterruptedException {
        Path bin = binary().orElseThrow(() -> new IOException("no Chromium: install Debian's chromium package"
                + " (apt-get install chromium) or set CHROMIUM to the browser's path"));
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-profile-");
        List<String> cmd = List.of(bin.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=1200,900", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // The DevTools address is printed on standard error; read it, then keep draining the stream.
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String browserUrl = null;
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (browserUrl == null && System.nanoTime() < deadline) {
            String line = err.readLine();
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools endpoint; it printed:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // Chromium's own log (dbus and the like) is not the page's: discard it.
                }
            } catch (IOException ignored) {
                // The browser closed its end.
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browserUrl.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String pageUrl = null;
        for (int attempt = 0; attempt < 50 && pageUrl == null; attempt++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode t : JSON.readTree(r.body())) {
                if (t.path("type").asText().equals("page")) {
                    pageUrl = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                Thread.sleep(100);
            }
        }
        if (pageUrl == null) {
            p.destroyForcibly();
            throw new IOException("Chromium started but shows no page to attach to");
        }
        Listener listener = new Listener();
        WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pageUrl), listener).join();
        HeadlessChromium browser = new HeadlessChromium(p, ws);
        listener.browser = browser;
        browser.call("Runtime.enable", null);
        browser.call("Log.enable", null);
        browser.call("Page.enable", null);
        return browser;
    }

    /** Receives the protocol's messages: replies by id, events by method. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile HeadlessChromium browser;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    browser.receive(JSON.readTree(text));
                } catch (IOException e) {
                    browser.errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }
    }

    private void receive(JsonNode m) {
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.path("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        JsonNode params = m.path("params");
        switch (m.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.countDown();
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    List<String> args = new ArrayList<>();
                    params.path("args").forEach(a -> args.add(a.path("value").asText(a.path("description").asText())));
                    errors.add("console." + type + ": " + String.join(" ", args));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("uncaught exception: "
                    + params.path("exceptionDetails").path("exception").path("description")
                    .asText(params.path("exceptionDetails").path("text").asText()));
            case "Log.entryAdded" -> {
                JsonNode e = params.path("entry");
                if (e.path("level").asText().equals("error")) {
                    errors.add("log " + e.path("source").asText() + ": " + e.path("text").asText()
                            + (e.has("url") ? " (" + e.path("url").asText() + ")" : ""));
                }
            }
            default -> {
            }
        }
    }

    /**
     * Calls a DevTools method and waits for its reply.
     *
     * @param method e.g. {@code Runtime.evaluate}
     * @param params its parameters, or null
     * @return the reply's {@code result}
     * @throws IOException if the browser answers with an error or not in time
     */
    public JsonNode call(String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            msg.set("params", params);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.path("error"));
            }
            return r.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(method + " got no reply in " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    /**
     * Opens a file and waits until it has loaded.
     *
     * @param file the page
     * @return the page
     * @throws IOException if it does not load in time
     */
    public Page open(Path file) throws IOException {
        errors.clear();
        loaded = new CountDownLatch(1);
        ObjectNode p = JSON.createObjectNode().put("url", file.toAbsolutePath().toUri().toString());
        JsonNode nav = call("Page.navigate", p);
        if (nav.has("errorText")) {
            throw new IOException("cannot open " + file + ": " + nav.path("errorText").asText());
        }
        try {
            if (!loaded.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException(file + " did not finish loading in " + TIMEOUT.toSeconds() + " s");
            }
            // Messages the load itself caused may still be on their way.
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + file + " loaded", e);
        }
        return new Page();
    }

    /** The page last opened. */
    public final class Page {
        private Page() {
        }

        /**
         * The console errors, uncaught exceptions and error-level log entries (failed loads among
         * them) since the page was opened.
         *
         * @return the errors, in order
         */
        public List<String> errors() {
            return List.copyOf(errors);
        }

        /**
         * Evaluates an expression in the page.
         *
         * @param expression JavaScript
         * @return its value as JSON
         * @throws IOException if it throws or the browser does not answer
         */
        public JsonNode evaluate(String expression) throws IOException {
            ObjectNode p = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
            JsonNode r = call("Runtime.evaluate", p);
            if (r.has("exceptionDetails")) {
                throw new IOException("evaluating " + expression + " threw: " + r.path("exceptionDetails"));
            }
            return r.path("result").path("value");
        }

        /**
         * Saves a PNG screenshot: the window (1200 × 900) or the whole page, up to 16,000 pixels tall.
         *
         * @param file     the PNG to write
         * @param fullPage whether to capture the whole page rather than the window
         * @return the file
         * @throws IOException if the browser does not answer or the file cannot be written
         */
        public Path screenshot(Path file, boolean fullPage) throws IOException {
            ObjectNode p = JSON.createObjectNode().put("format", "png");
            if (fullPage) {
                JsonNode size = call("Page.getLayoutMetrics", null).path("cssContentSize");
                ObjectNode clip = p.putObject("clip");
                clip.put("x", 0).put("y", 0).put("width", Math.ceil(size.path("width").asDouble()))
                        .put("height", Math.min(16_000, Math.ceil(size.path("height").asDouble()))).put("scale", 1);
                p.put("captureBeyondViewport", true);
            }
            byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", p).path("data").asText());
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, png);
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // The browser is stopped below in any case.
        }
        // The browser's own helper processes (renderer, zygote) go with it.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
