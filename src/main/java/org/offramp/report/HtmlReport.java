package org.offramp.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offramp.design.PolicyExperiments;
import org.offramp.design.PolicyExperiments.PolicyReport;
import org.offramp.design.ResultTable;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.OutcomeAnalysis;
import org.offramp.experiment.ResultsLayout;
import org.offramp.io.AtomicFiles;
import org.offramp.model.Endings;
import org.offramp.output.ConsoleTable;
import org.offramp.output.Words;

/**
 * The self-contained HTML report of a results folder, {@code report.html}: everything a reader needs
 * on one page that opens from the file system with no network, no script and no file beside it.
 *
 * <ul>
 * <li>an experiment's report: the outcome table with both intervals and the horizon named for what
 *     it is, the endings by trigger, the shares by horizon, every chart as inline SVG, the sample
 *     stories with their timelines, and the provenance: library, model, scenario and its parameter
 *     values, every parameter change with its source, every setting, the command line and the
 *     experiment file, and the SHA-256 of {@code runs.csv};</li>
 * <li>a policy experiment's report: its result table, every chart it wrote (comparisons, series,
 *     heat maps, Sobol indices) as inline SVG, and its provenance.</li>
 * </ul>
 *
 * <pre>{@code
 * Path page = HtmlReport.experiment(result, "baseline", Path.of("results/baseline"));
 * Path page2 = HtmlReport.policy(policyReport, Path.of("results/offramps"));
 * }</pre>
 *
 * <p>The charts are the SVG files in the folder (an experiment's {@code charts/} and {@code stories/},
 * a policy experiment's own), inlined so that the page stands alone; links next to each open the PNG
 * and SVG files when the folder is at hand. The page depends only on the folder's files, so it is the
 * same bytes for the same experiment but for the provenance that varies (threads, wall time, command
 * line). Stateless and thread-safe.
 */
public final class HtmlReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SVG_START = Pattern.compile("<svg\\b([^>]*)>");
    private static final Pattern SIZE = Pattern.compile("\\s(width|height)='([0-9.]+)'");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private HtmlReport() {
    }

    /**
     * Writes {@code report.html} of an experiment's results folder.
     *
     * @param result the result, whose folder holds its {@code summary.json} and, if drawn, charts and stories
     * @param name   the experiment's name
     * @param dir    the results folder
     * @return the page written
     * @throws IOException if a file cannot be read or the page cannot be written
     */
    public static Path experiment(ExperimentResult result, String name, Path dir) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        return AtomicFiles.writeString(dir.resolve(ResultsLayout.REPORT), experimentPage(result, name, dir));
    }

    /**
     * Writes {@code report.html} of a policy experiment's results folder.
     *
     * @param report what the experiment wrote ({@link PolicyExperiments#run})
     * @param dir    its results folder, holding its tables, charts and {@value PolicyExperiments#PROVENANCE}
     * @return the page written
     * @throws IOException if a file cannot be read or the page cannot be written
     */
    public static Path policy(PolicyReport report, Path dir) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dir, "dir");
        return AtomicFiles.writeString(dir.resolve(ResultsLayout.REPORT), policyPage(report, dir));
    }

    // ---------------------------------------------------------------- an experiment

    static String experimentPage(ExperimentResult r, String name, Path dir) throws IOException {
        JsonNode summary = r.summary();
        JsonNode prov = summary.path("provenance");
        Endings endings = r.experiment().model().endings();
        StringBuilder h = new StringBuilder();
        String title = "Experiment " + name;
        head(h, title);
        h.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"lede\">")
                .append(esc(String.format(Locale.ROOT, "model %s \u00b7 scenario %s \u00b7 %s \u00b7 master seed %d",
                        prov.path("model").asText(), r.experiment().scenario().name(),
                        Words.count(r.runs(), "run"), r.experiment().masterSeed())))
                .append("</p>\n");
        nav(h, List.of("outcomes", "How the runs end", "triggers", "By trigger", "horizons", "By horizon",
                "charts", "Charts", "stories", "Stories", "provenance", "Provenance"));
        h.append("</header>\n<main>\n");

        h.append("<section id=\"outcomes\"><h2>How the runs end</h2>\n");
        if (r.completed() == 0) {
            h.append("<p>No run completed, so there are no outcome shares.</p>\n");
        } else {
            OutcomeAnalysis a = OutcomeAnalysis.of(r);
            OutcomeTables.Table o = OutcomeTables.outcomes(r);
            table(h, o.header(), o.rows(), o.aligns(), "outcome-table");
            h.append("<p class=\"note\"><strong>").append(esc(a.horizon().meaning())).append(".</strong> ")
                    .append(esc(o.note())).append("</p>\n");
            if (r.failed() > 0) {
                h.append("<p class=\"note\">").append(esc(Words.count(r.failed(), "run")))
                        .append(" failed and are counted as FAILED; shares are over completed runs.</p>\n");
            }
            h.append("</section>\n<section id=\"triggers\"><h2>How each ending came about</h2>\n");
            OutcomeTables.Table t = OutcomeTables.triggers(a);
            table(h, t.header(), t.rows(), t.aligns(), "trigger-table");
            h.append("<p class=\"note\">Share: of all completed runs, with its interval; of its outcome: of the runs"
                    + " that ended in that outcome.</p>\n");
            h.append("</section>\n<section id=\"horizons\"><h2>Share of each ending by horizon</h2>\n");
            OutcomeTables.Table b = OutcomeTables.byHorizon(a, endings);
            h.append("<p>").append(esc(b.title())).append(": a run that ended before the shorter horizon keeps its"
                    + " ending; every other run counts as ").append(esc(a.horizon().ending())).append(".</p>\n");
            table(h, b.header(), b.rows(), b.aligns(), "horizon-table");
            h.append("<p class=\"note\">").append(esc(b.note())).append("</p>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"charts\"><h2>Charts</h2>\n");
        Path charts = dir.resolve(ResultsLayout.CHARTS);
        int drawn = 0;
        for (String chart : ResultsLayout.chartNames(r.experiment().model())) {
            Path svg = charts.resolve(chart + ".svg");
            if (Files.isRegularFile(svg)) {
                figure(h, "chart-" + chart, Files.readString(svg, StandardCharsets.UTF_8), chart,
                        ResultsLayout.CHARTS + "/" + chart);
                drawn++;
            }
        }
        if (drawn == 0) {
            h.append("<p>No charts were drawn for this folder (charts were turned off).</p>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"stories\"><h2>Sample stories</h2>\n");
        stories(h, r, summary, dir);
        h.append("</section>\n");

        h.append("<section id=\"provenance\"><h2>Provenance</h2>\n");
        experimentProvenance(h, summary);
        h.append("</section>\n</main>\n");
        foot(h);
        return h.toString();
    }

    private static void stories(StringBuilder h, ExperimentResult r, JsonNode summary, Path dir) throws IOException {
        Path folder = dir.resolve(ResultsLayout.STORIES);
        int shown = 0;
        boolean timelines = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("storySamples").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode s : e.getValue()) {
                String stem = e.getKey() + "-run" + s.path("index").asLong();
                Path text = folder.resolve(stem + ".txt");
                if (!Files.isRegularFile(text)) {
                    continue;
                }
                String story = Files.readString(text, StandardCharsets.UTF_8);
                h.append("<details class=\"story\"").append(shown == 0 ? " open" : "").append(" id=\"story-")
                        .append(esc(stem)).append("\"><summary>").append(esc(String.format(Locale.ROOT,
                                "%s \u00b7 run %d \u00b7 seed %d%s", e.getKey(), s.path("index").asLong(),
                                s.path("seed").asLong(), howItEnded(story)))).append("</summary>\n");
                Path svg = folder.resolve(stem + ".svg");
                if (Files.isRegularFile(svg)) {
                    figure(h, "timeline-" + stem, Files.readString(svg, StandardCharsets.UTF_8), "timeline of " + stem,
                            ResultsLayout.STORIES + "/" + stem);
                    timelines = true;
                }
                h.append("<pre>").append(esc(story.strip())).append("</pre>\n</details>\n");
                shown++;
            }
        }
        if (shown == 0) {
            h.append("<p>No story was written for this folder (stories were turned off).</p>\n");
        } else if (!timelines) {
            h.append("<p class=\"note\">").append(esc("No timelines: " + Timelines.noTimeline(r.experiment().model())
                    + ".")).append("</p>\n");
        }
    }

    /**
     * The day and trigger a story file ends with ({@code day      212 (2019-12-15)}, {@code trigger  open war
     * held (TOP_RUNG_HELD)}), for the story's heading; empty when the file has neither.
     */
    static String howItEnded(String story) {
        String day = null;
        String trigger = null;
        for (String line : story.lines().toList()) {
            if (line.startsWith("day ")) {
                day = line.substring(4).strip();
            } else if (line.startsWith("trigger ")) {
                trigger = line.substring(8).strip();
            }
        }
        if (day == null) {
            return "";
        }
        return " \u00b7 day " + day + (trigger == null ? "" : ": " + trigger);
    }

    private static void experimentProvenance(StringBuilder h, JsonNode summary) {
        JsonNode p = summary.path("provenance");
        JsonNode inv = p.path("invocation");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("library", p.path("library").asText() + " " + p.path("version").asText()
                + " on Java " + p.path("javaVersion").asText()));
        rows.add(List.of("model", p.path("model").asText()));
        JsonNode sc = p.path("scenario");
        rows.add(List.of("scenario", sc.path("name").asText() + " \u2014 " + sc.path("description").asText()));
        rows.add(List.of("scenario content hash", sc.path("contentHash").asText()));
        rows.add(List.of("master seed", p.path("masterSeed").asText()));
        rows.add(List.of("seed of run i", p.path("seedDerivation").asText()));
        JsonNode runs = summary.path("runs");
        rows.add(List.of("runs", String.format(Locale.ROOT, "%,d requested, %,d completed, %,d failed",
                runs.path("requested").asLong(), runs.path("completed").asLong(), runs.path("failed").asLong())));
        rows.add(List.of("status", summary.path("status").asText()));
        rows.add(List.of("threads, wall time", p.path("threads").asText() + " \u00b7 "
                + String.format(Locale.ROOT, "%.1f s", p.path("wallTimeSeconds").asDouble())));
        if (p.has("engine")) {
            rows.add(List.of("engine", p.path("engine").toString()));
        }
        if (!inv.isMissingNode()) {
            List<String> args = new ArrayList<>();
            inv.path("arguments").forEach(a -> args.add(a.asText()));
            rows.add(List.of("command line", "offramp " + String.join(" ", args)));
            if (inv.has("experimentFile")) {
                rows.add(List.of("experiment file", inv.path("experimentFile").path("path").asText() + " (SHA-256 "
                        + inv.path("experimentFile").path("sha256").asText() + ")"));
            }
        }
        JsonNode csv = summary.path("files").path(ResultsLayout.RUNS_CSV);
        if (!csv.isMissingNode()) {
            rows.add(List.of("runs.csv", String.format(Locale.ROOT, "%,d rows, %,d bytes, SHA-256 %s",
                    csv.path("rows").asLong(), csv.path("bytes").asLong(), csv.path("sha256").asText())));
        }
        keyValues(h, rows);
        invocation(h, inv);
        scenarioParameters(h, sc);
        if (inv.has("experimentFile")) {
            h.append("<details><summary>The experiment file as run</summary><pre>")
                    .append(esc(inv.path("experimentFile").path("text").asText())).append("</pre></details>\n");
        }
    }

    /** The parameter changes and settings an invocation records. */
    private static void invocation(StringBuilder h, JsonNode inv) {
        if (inv.isMissingNode()) {
            h.append("<p class=\"note\">The experiment was built in Java without a record of its invocation.</p>\n");
            return;
        }
        h.append("<h3>Parameter changes</h3>\n");
        List<List<String>> changes = new ArrayList<>();
        for (JsonNode c : inv.path("changes")) {
            changes.add(List.of(c.path("parameter").asText(), plain(c.path("from")), plain(c.path("to")),
                    c.path("source").asText()));
        }
        if (changes.isEmpty()) {
            h.append("<p>None: every parameter has its model's default.</p>\n");
        } else {
            table(h, List.of("parameter", "from", "to", "source"), changes, List.of(ConsoleTable.Align.LEFT,
                    ConsoleTable.Align.RIGHT, ConsoleTable.Align.RIGHT, ConsoleTable.Align.LEFT), "changes-table");
        }
        h.append("<h3>Settings</h3>\n");
        List<List<String>> settings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = inv.path("settings").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            settings.add(List.of(e.getKey(), plain(v.path("value")), v.path("source").asText(),
                    v.has("file") ? plain(v.path("file")) : ""));
        }
        JsonNode out = inv.path("outputs");
        if (!out.isMissingNode()) {
            settings.add(List.of("charts", plain(out.path("charts")), out.path("source").asText("experiment file"), ""));
            settings.add(List.of("stories per outcome", plain(out.path("stories")), "experiment file", ""));
        }
        table(h, List.of("setting", "value", "source", "the file's value"), settings, List.of(ConsoleTable.Align.LEFT,
                ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT), "settings-table");
    }

    private static void scenarioParameters(StringBuilder h, JsonNode scenario) {
        JsonNode params = scenario.path("parameters");
        List<List<String>> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.add(List.of(e.getKey(), plain(e.getValue())));
        }
        h.append("<h3>Scenario values that differ from the model's defaults</h3>\n");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            table(h, List.of("parameter", "value"), rows, List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.RIGHT),
                    "scenario-table");
        }
    }

    // ---------------------------------------------------------------- a policy experiment

    static String policyPage(PolicyReport report, Path dir) throws IOException {
        Path provFile = dir.resolve(PolicyExperiments.PROVENANCE);
        JsonNode prov = Files.isRegularFile(provFile) ? JSON.readTree(provFile.toFile()) : JSON.createObjectNode();
        StringBuilder h = new StringBuilder();
        String title = "Policy experiment " + report.spec().name() + " (" + report.spec().kind() + ")";
        head(h, title);
        h.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"lede\">")
                .append(esc(String.format(Locale.ROOT, "model %s \u00b7 base scenario %s \u00b7 %s \u00b7 master seed %d",
                        report.spec().base().model().name(), report.spec().base().name(),
                        Words.count(report.spec().totalRuns(), "model run"), report.spec().seed())))
                .append("</p>\n");
        nav(h, List.of("results", "Results", "charts", "Charts", "provenance", "Provenance"));
        h.append("</header>\n<main>\n<section id=\"results\"><h2>Results</h2>\n");
        ResultTable t = report.table();
        List<ConsoleTable.Align> aligns = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            aligns.add(c == 0 ? ConsoleTable.Align.LEFT : ConsoleTable.Align.RIGHT);
        }
        table(h, t.header(), t.rows(), aligns, "result-table");
        if (!t.note().isEmpty()) {
            h.append("<p class=\"note\">").append(markdownInline(t.note())).append("</p>\n");
        }
        h.append("<p class=\"note\">").append(markdownInline(PolicyExperiments.provenanceLine(report.spec(),
                prov.path("invocation").isMissingNode() ? null : prov.path("invocation")))).append("</p>\n");
        h.append("</section>\n<section id=\"charts\"><h2>Charts</h2>\n");
        int drawn = 0;
        for (Path f : report.files()) {
            String n = f.getFileName().toString();
            if (n.endsWith(".svg") && Files.isRegularFile(f)) {
                String stem = n.substring(0, n.length() - 4);
                figure(h, "chart-" + stem, Files.readString(f, StandardCharsets.UTF_8), stem, stem);
                drawn++;
            }
        }
        if (drawn == 0) {
            h.append("<p>This experiment drew no charts.</p>\n");
        }
        h.append("</section>\n<section id=\"provenance\"><h2>Provenance</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("library", prov.path("library").asText("offramp") + " " + prov.path("version").asText()
                + " on Java " + prov.path("javaVersion").asText()));
        rows.add(List.of("experiment", prov.path("experiment").asText(report.spec().name()) + " (kind "
                + report.spec().kind() + ") from " + report.spec().source()));
        JsonNode base = prov.path("base");
        rows.add(List.of("base scenario", base.path("name").asText() + " (content hash "
                + base.path("contentHash").asText() + ")"));
        rows.add(List.of("runs", String.format(Locale.ROOT, "%s per variant or point, %s in all",
                Words.count(prov.path("runsPerVariantOrPoint").asLong(), "run"),
                Words.count(prov.path("totalRuns").asLong(), "run"))));
        rows.add(List.of("master seed", prov.path("masterSeed").asText()));
        rows.add(List.of("threads, wall time", prov.path("threads").asText() + " \u00b7 "
                + String.format(Locale.ROOT, "%.1f s", prov.path("wallTimeSeconds").asDouble())));
        JsonNode inv = prov.path("invocation");
        if (!inv.isMissingNode()) {
            List<String> args = new ArrayList<>();
            inv.path("arguments").forEach(a -> args.add(a.asText()));
            rows.add(List.of("command line", "offramp " + String.join(" ", args)));
        }
        keyValues(h, rows);
        invocation(h, inv);
        scenarioParameters(h, base);
        if (inv.has("experimentFile")) {
            h.append("<details><summary>The experiment file as run</summary><pre>")
                    .append(esc(inv.path("experimentFile").path("text").asText())).append("</pre></details>\n");
        }
        h.append("</section>\n</main>\n");
        foot(h);
        return h.toString();
    }

    // ---------------------------------------------------------------- pieces

    private static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
    }

    private static void foot(StringBuilder h) {
        h.append("<footer><p>Written by offramp. This page is self-contained: it loads nothing from the network"
                + " and runs no script; the links beside the charts open their PNG and SVG files in the results"
                + " folder.</p></footer>\n</body>\n</html>\n");
    }

    private static void nav(StringBuilder h, List<String> idsAndTitles) {
        h.append("<nav><ul>");
        for (int i = 0; i < idsAndTitles.size(); i += 2) {
            h.append("<li><a href=\"#").append(idsAndTitles.get(i)).append("\">").append(esc(idsAndTitles.get(i + 1)))
                    .append("</a></li>");
        }
        h.append("</ul></nav>\n");
    }

    private static void figure(StringBuilder h, String id, String svgDocument, String caption, String fileStem) {
        h.append("<figure id=\"").append(esc(id)).append("\">\n").append(inlineSvg(svgDocument, caption))
                .append("\n<figcaption>").append(esc(caption)).append(" \u00b7 <a href=\"").append(esc(fileStem))
                .append(".png\">PNG</a> \u00b7 <a href=\"").append(esc(fileStem)).append(".svg\">SVG</a></figcaption>\n")
                .append("</figure>\n");
    }

    /**
     * An SVG document made fit to sit in a page: its XML prolog and document type dropped, a view box
     * added so that it scales with the page, and a label for screen readers.
     *
     * @param document the text of an SVG file
     * @param label    what the image shows
     * @return the {@code <svg>} element
     * @throws IllegalArgumentException if the text holds no {@code <svg>} element
     */
    static String inlineSvg(String document, String label) {
        Matcher m = SVG_START.matcher(document);
        if (!m.find()) {
            throw new IllegalArgumentException("not an SVG document: no <svg> element in the first "
                    + Math.min(200, document.length()) + " characters");
        }
        String attributes = m.group(1);
        String width = null;
        String height = null;
        Matcher s = SIZE.matcher(attributes);
        while (s.find()) {
            if (s.group(1).equals("width")) {
                width = s.group(2);
            } else {
                height = s.group(2);
            }
        }
        StringBuilder open = new StringBuilder("<svg").append(attributes);
        if (width != null && height != null && !attributes.contains("viewBox")) {
            open.append(" viewBox='0 0 ").append(width).append(' ').append(height).append('\'');
        }
        open.append(" role='img' aria-label='").append(esc(label)).append("' class='chart'");
        if (width != null) {
            // Scaled to the page, but never above its own size: a wide chart keeps its fonts' size.
            open.append(" style='max-width: ").append(width).append("px'");
        }
        open.append('>');
        return open + document.substring(m.end()).strip();
    }

    private static void keyValues(StringBuilder h, List<List<String>> rows) {
        h.append("<table class=\"kv\"><tbody>\n");
        for (List<String> r : rows) {
            h.append("<tr><th scope=\"row\">").append(esc(r.get(0))).append("</th><td>").append(esc(r.get(1)))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void table(StringBuilder h, List<String> header, List<List<String>> rows,
            List<ConsoleTable.Align> aligns, String cssClass) {
        h.append("<div class=\"scroll\"><table class=\"").append(cssClass).append("\"><thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            h.append("<th").append(aligns.get(c) == ConsoleTable.Align.RIGHT ? " class=\"num\"" : "").append('>')
                    .append(markdownInline(header.get(c))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            for (int c = 0; c < r.size(); c++) {
                h.append("<td").append(aligns.get(c) == ConsoleTable.Align.RIGHT ? " class=\"num\"" : "").append('>')
                        .append(markdownInline(r.get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** A JSON value as plain text: strings without quotes. */
    private static String plain(JsonNode v) {
        return v.isTextual() ? v.asText() : v.isMissingNode() ? "" : v.toString();
    }

    /** Escapes text, then turns Markdown code spans ({@code `x`}) into {@code <code>}. */
    static String markdownInline(String text) {
        return CODE.matcher(esc(text)).replaceAll("<code>$1</code>");
    }

    /**
     * Escapes text for HTML content and attribute values.
     *
     * @param text the text
     * @return the text with {@code & < > " '} escaped
     */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            :root { --text: #222; --muted: #555; --rule: #ddd; --band: #f6f6f4; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--text); background: #fff;
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
            header, main, footer { max-width: 1480px; margin: 0 auto; padding: 0 24px; }
            p { max-width: 80em; }
            header { padding-top: 24px; border-bottom: 1px solid var(--rule); }
            h1 { font-size: 1.7em; margin: 0 0 4px; }
            h2 { font-size: 1.3em; margin: 36px 0 10px; padding-top: 8px; border-top: 1px solid var(--rule); }
            h3 { font-size: 1.05em; margin: 22px 0 8px; }
            .lede { color: var(--muted); margin: 0 0 12px; }
            nav ul { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
            nav a { color: #0b5cad; text-decoration: none; }
            nav a:hover { text-decoration: underline; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 0.92em; }
            th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #bbb; background: var(--band); }
            tbody td:first-child { white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.kv th { font-weight: 600; white-space: nowrap; background: var(--band); }
            table.kv td { word-break: break-word; }
            .note { color: var(--muted); font-size: 0.92em; }
            figure { margin: 18px 0 26px; }
            svg.chart { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
            figcaption { color: var(--muted); font-size: 0.9em; margin-top: 4px; }
            details { margin: 8px 0; border: 1px solid var(--rule); border-radius: 4px; padding: 6px 10px; }
            summary { cursor: pointer; font-weight: 600; }
            pre { white-space: pre-wrap; font-size: 0.85em; background: var(--band); padding: 10px; overflow: auto;
                  max-height: 36em; }
            code { font-size: 0.92em; background: var(--band); padding: 0 3px; }
            footer { color: var(--muted); font-size: 0.85em; margin-top: 40px; padding-bottom: 30px;
                     border-top: 1px solid var(--rule); }
            """;
}
