package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.testkit.HeadlessChromium;

/**
 * The reports as a reader sees them: {@code report.html} of a small baseline run, of a small
 * comparison and of a tiny-model run with story timelines, each opened from the file system in a
 * headless Chromium, with no console error, exception or failed load, its tables and charts present
 * and drawn, and screenshots saved under {@code target/browser/}. Tagged {@code browser}: run with
 * {@code ./mvnw -B test -Pbrowser} on a machine with Debian's {@code chromium} ({@code .ci/run}
 * installs it); the default suite leaves it out.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {
    private static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    static Path tmp;
    private HeadlessChromium browser;
    private Path baseline;
    private Path offramps;
    private Path coin;

    @BeforeAll
    void runAndStartTheBrowser() throws Exception {
        baseline = tmp.resolve("baseline");
        Cli.Result b = Cli.run("run", "experiments/baseline.yaml", "--runs", "400", "--out", baseline.toString(),
                "--set", "washington.restraint=0.6", "--quiet");
        assertEquals(0, b.code(), b::toString);
        offramps = tmp.resolve("offramps");
        Cli.Result c = Cli.run("run", "experiments/offramps.yaml", "--runs", "40", "--out", offramps.toString(),
                "--quiet");
        assertEquals(0, c.code(), c::toString);
        Path file = Files.writeString(tmp.resolve("coin.yaml"), String.join("\n", "model: tiny", "experiment: coin",
                "scenario: baseline", "runs: 500", "seed: 7", "outputs:", "  stories: 2", ""));
        coin = tmp.resolve("coin");
        Cli.Result t = Cli.run("run", file.toString(), "--out", coin.toString(), "--quiet");
        assertEquals(0, t.code(), t::toString);
        browser = HeadlessChromium.start(tmp.resolve("browser"));
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static long svgFiles(Path... folders) throws IOException {
        long n = 0;
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    n += s.filter(p -> p.toString().endsWith(".svg")).count();
                }
            }
        }
        return n;
    }

    /** Opens a report, checks it and saves its screenshots; returns the page for more checks. */
    private HeadlessChromium.Page check(Path folder, String name, long charts, List<String> tables) throws IOException {
        HeadlessChromium.Page page = browser.open(folder.resolve("report.html"));
        page.screenshot(SHOTS.resolve(name + "-top.png"), false);
        page.screenshot(SHOTS.resolve(name + "-full.png"), true);
        assertEquals(List.of(), page.errors(), "console errors, exceptions or failed loads in " + name);
        assertEquals(charts, page.evaluate("document.querySelectorAll('svg.chart').length").asLong(), name);
        // Every chart is drawn at a readable size, with its text.
        JsonNode widths = page.evaluate("Array.from(document.querySelectorAll('svg.chart'))"
                + ".map(s => [s.getBoundingClientRect().width, s.querySelectorAll('text').length])");
        for (JsonNode w : widths) {
            assertTrue(w.get(0).asDouble() >= 600, name + ": a chart drawn " + w.get(0) + " px wide");
            assertTrue(w.get(1).asInt() > 5, name + ": a chart without text");
        }
        for (String table : tables) {
            assertTrue(page.evaluate("document.querySelectorAll('table." + table + " tbody tr').length").asInt() > 0,
                    name + ": table " + table);
        }
        assertEquals(0, page.evaluate("document.scripts.length").asInt(), name + " runs no script");
        return page;
    }

    @Test
    void theBaselineReportOpensWithoutErrors() throws IOException {
        HeadlessChromium.Page page = check(baseline, "baseline", svgFiles(baseline.resolve("charts"),
                baseline.resolve("stories")), List.of("outcome-table", "trigger-table", "horizon-table",
                "changes-table", "settings-table"));
        String text = page.evaluate("document.body.innerText").asText();
        assertTrue(text.contains("STALEMATE \u2014 no ending by day 540"), "the horizon named");
        assertTrue(text.contains("washington.restraint"), "the --set change in the provenance");
        assertTrue(page.evaluate("document.querySelectorAll('details.story').length").asInt() >= 3, "the stories");
    }

    @Test
    void theComparisonReportOpensWithoutErrors() throws IOException {
        HeadlessChromium.Page page = check(offramps, "offramps", svgFiles(offramps), List.of("result-table"));
        assertEquals(12, page.evaluate("document.querySelectorAll('table.result-table tbody tr').length").asInt(),
                "one row per variant");
    }

    @Test
    void storyTimelinesAreDrawnInTheReport() throws IOException {
        HeadlessChromium.Page page = check(coin, "coin", svgFiles(coin.resolve("charts"), coin.resolve("stories")),
                List.of("outcome-table", "trigger-table", "horizon-table"));
        assertEquals(4, page.evaluate("document.querySelectorAll('details.story figure svg.chart').length").asInt());
    }

    /** The check can fail: a page with a console error and a missing image is caught. */
    @Test
    void aBrokenPageIsCaught() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.html"), "<!DOCTYPE html><html><body>"
                + "<img src=\"missing.png\"><script>console.error('boom')</script></body></html>");
        HeadlessChromium.Page page = browser.open(broken);
        List<String> errors = page.errors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("boom")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing.png")), errors.toString());
        assertFalse(errors.isEmpty());
    }
}
