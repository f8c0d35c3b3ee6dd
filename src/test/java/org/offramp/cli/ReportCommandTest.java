package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader gets of a finished experiment: the console's outcome, trigger and horizon tables,
 * the story timelines, the self-contained {@code report.html} of an experiment and of a policy
 * experiment, and {@code replay --chart}. The browser test ({@code ReportInBrowserTest}) opens the
 * same pages in Chromium; these checks need no browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @TempDir
    static Path tmp;
    private Path results;
    private Cli.Result run;
    private Path compareOut;

    @BeforeAll
    void runAnExperimentAndAComparison() throws IOException {
        Path coin = Files.writeString(tmp.resolve("coin.yaml"), String.join("\n",
                "model: tiny",
                "experiment: coin",
                "scenario: baseline",
                "runs: 800",
                "seed: 7",
                "outputs:",
                "  stories: 2",
                ""));
        results = tmp.resolve("coin-results");
        run = Cli.run("run", coin.toString(), "--out", results.toString(), "--set", "coin.heads=0.12", "--quiet");
        assertEquals(0, run.code(), run::toString);
        Path compare = Files.writeString(tmp.resolve("coin-compare.yaml"), String.join("\n",
                "model: tiny",
                "experiment: coin-compare",
                "kind: compare",
                "scenario: baseline",
                "seed: 5",
                "runs: 300",
                "measures: [WIN, TIMEOUT, LUCKY]",
                "variants:",
                "  - name: fair",
                "  - name: loaded-heads-on-even-days",
                "    overrides:",
                "      coin.loaded: true",
                ""));
        compareOut = tmp.resolve("compare");
        Cli.Result c = Cli.run("run", compare.toString(), "--out", compareOut.toString(), "--quiet");
        assertEquals(0, c.code(), c::toString);
        assertTrue(c.out().contains("report   " + compareOut.resolve("report.html")), c.out());
    }

    @Test
    void theConsoleNamesTheHorizonAndBreaksTheEndingsDown() {
        String out = run.out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("TIMEOUT \u2014 no ending by day 30 ")), out);
        assertTrue(out.contains("Shares are conditional on the 30-day horizon"), out);
        assertTrue(out.contains("How each ending came about, by trigger"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("WIN +the third head \\(THIRD_HEAD\\) +\\d+ +.*100\\.0%")), out);
        assertTrue(out.contains("Share of each ending by horizon (95% Wilson intervals), from the same runs"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("outcome +8 days +15 days +23 days +30 days")), out);
        assertTrue(out.contains("stories  " + results.resolve("stories") + "  (4 stories, up to 2 per outcome; each with"
                + " its timeline as .png and .svg)"), out);
        assertTrue(out.contains("report   " + results.resolve("report.html")), out);
    }

    /** A story's timeline says the experiment, run, seed and ending once, and the rest in its subtitle. */
    @Test
    void aStorysTimelineTitleSaysEachThingOnce() throws IOException {
        List<Path> svgs;
        try (Stream<Path> s = Files.list(results.resolve("stories"))) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertEquals(4, svgs.size());
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            String stem = svg.getFileName().toString().replace(".svg", "");
            String run = stem.substring(stem.lastIndexOf("-run") + 4);
            String ending = stem.substring(0, stem.lastIndexOf("-run"));
            assertTrue(text.matches("(?s).*>coin, run " + run + " \\(seed -?\\d+\\): " + ending + " on day \\d+<.*"),
                    svg + " has the title");
            assertEquals(1, count(text, "(seed "), svg + ": the seed once");
            assertEquals(0, count(text, "coin: "), svg + ": the experiment's name once");
            assertTrue(text.contains("scenario baseline \u00b7 master seed 7")
                    || text.contains("scenario baseline &#183; master seed 7")
                    || text.contains("scenario baseline &#xb7; master seed 7"), svg + " has the subtitle");
        }
    }

    /** The report holds the tables, every chart and timeline inline, the provenance, and nothing from outside. */
    @Test
    void theExperimentsReportIsSelfContained() throws IOException {
        String page = Files.readString(results.resolve("report.html"));
        for (String table : List.of("outcome-table", "trigger-table", "horizon-table", "changes-table",
                "settings-table")) {
            assertTrue(page.contains("<table class=\"" + table + "\">"), table);
        }
        assertTrue(page.contains("TIMEOUT \u2014 no ending by day 30"), "the horizon named");
        assertTrue(page.contains("<td>coin.heads</td><td class=\"num\">0.1</td><td class=\"num\">0.12</td><td>--set</td>"),
                "the parameter change with its source");
        long svgFiles;
        try (Stream<Path> s = Stream.concat(Files.list(results.resolve("charts")), Files.list(results.resolve("stories")))) {
            svgFiles = s.filter(p -> p.toString().endsWith(".svg")).count();
        }
        assertEquals(6 + 4, svgFiles, "six charts and four timelines");
        assertEquals(svgFiles, count(page, "<svg "), "every chart and timeline inline");
        assertEquals(4, count(page, "<details class=\"story\""), "every story");
        assertSelfContained(page, results);
    }

    @Test
    void thePolicyReportHoldsItsTableChartsAndProvenance() throws IOException {
        String page = Files.readString(compareOut.resolve("report.html"));
        assertTrue(page.contains("<table class=\"result-table\">"), "the comparison table");
        assertTrue(page.contains("loaded-heads-on-even-days"), "a variant");
        assertTrue(page.contains("<code>against</code>"), "Markdown code spans become code");
        long svgFiles;
        try (Stream<Path> s = Files.list(compareOut)) {
            svgFiles = s.filter(p -> p.toString().endsWith(".svg")).count();
        }
        assertEquals(2, svgFiles, "shares and one difference chart");
        assertEquals(svgFiles, count(page, "<svg "));
        assertTrue(page.contains("Provenance: `") == false && page.contains("Provenance: <code>"), "the provenance line");
        assertSelfContained(page, compareOut);
    }

    /** No script, no image or style from anywhere, and every link an anchor or a file of the folder. */
    static void assertSelfContained(String page, Path folder) {
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains(" src="), "nothing loaded by src");
        assertFalse(page.contains("<link"), "no stylesheet or other linked resource");
        assertFalse(page.contains("url(http"), "no remote url() in styles");
        Matcher m = HREF.matcher(page);
        int links = 0;
        while (m.find()) {
            String href = m.group(1);
            if (href.startsWith("#")) {
                assertTrue(page.contains("id=\"" + href.substring(1) + "\""), "anchor " + href);
            } else {
                assertFalse(href.contains(":"), "a relative link, not " + href);
                assertTrue(Files.isRegularFile(folder.resolve(href)), "link to a file of the folder: " + href);
            }
            links++;
        }
        assertTrue(links > 0);
        // The SVG's namespaces are names, not fetched: the page holds no other absolute URL.
        String rest = page.replaceAll("xmlns(:\\w+)?='[^']*'", "");
        assertFalse(rest.contains("http://") || rest.contains("https://"), "an absolute URL in the page");
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void replayDrawsTheRunsTimeline() throws IOException {
        Path out = tmp.resolve("replays");
        Cli.Result r = Cli.run("replay", "--model", "tiny", "--scenario", "baseline", "--seed", "11", "--chart", "--out",
                out.toString());
        assertEquals(0, r.code(), r::toString);
        Path png = out.resolve("timeline-baseline-seed11.png");
        Path svg = out.resolve("timeline-baseline-seed11.svg");
        assertTrue(r.out().contains("timeline  " + png + ", " + svg), r.out());
        assertTrue(Files.size(png) > 1000 && Files.size(svg) > 1000);
        assertTrue(Files.readString(svg).contains("Heads so far"));
    }

    @Test
    void replayOfTheStandoffDrawsItsTimelineAndOutWithoutChartIsRefused() throws IOException {
        Path out = tmp.resolve("standoff-replay");
        Cli.Result r = Cli.run("replay", "--scenario", "baseline", "--seed", "3", "--chart", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        String svg = Files.readString(out.resolve("timeline-baseline-seed3.svg"));
        for (String label : List.of("Ladder rung", "Iran's economy", "Iran's regime stability",
                "Washington's belief: Tehran's hostility", "Tehran's revealed hostility",
                "Tehran's belief: Washington's hostility", "Washington's revealed hostility")) {
            assertTrue(svg.contains(label.replace("'", "&apos;")) || svg.contains(label)
                    || svg.contains(label.replace("'", "&#39;")), label);
        }
        Cli.Result bad = Cli.run("replay", "--scenario", "baseline", "--seed", "3", "--out", out.toString());
        assertEquals(OfframpCommand.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--out " + out + " applies only with --chart"), bad.err());
        assertEquals("timeline-scenarios-mine.yaml-seed-4", ReplayCommand.chartName("scenarios/mine.yaml", -4));
    }
}
