package org.offramp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Results folders and experiment files for the tests of shards, merge and Spark. */
final class Folders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Folders() {
    }

    /**
     * An experiment file with a 60-day horizon, so a run costs a tenth of a baseline run and an
     * experiment spans several 1,000-run blocks in about a second.
     */
    static Path shortExperiment(Path dir, String name, long runs) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name + ".yaml"), String.join("\n",
                "experiment: " + name,
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "runs: " + runs,
                "seed: 20190517",
                "threads: 2",
                "outputs:",
                "  charts: true",
                "  stories: 2",
                ""));
    }

    /**
     * A small policy experiment file of the standoff with a 60-day horizon: {@code compare} (2 variants x
     * 50 runs), {@code sweep} (a 2 x 2 grid x 30 runs) or {@code sensitivity} (N = 4, 10 runs per point).
     */
    static Path policyFile(Path dir, String kind) throws IOException {
        return policyFile(dir, kind, "sensitivity".equals(kind) ? 10 : "sweep".equals(kind) ? 30 : 50);
    }

    /**
     * As {@link #policyFile(Path, String)}, with {@code runs} runs per variant or point (the design's
     * block is 100 runs for compare and sweep, 62 for this sensitivity's 16 points).
     */
    static Path policyFile(Path dir, String kind, int runs) throws IOException {
        Files.createDirectories(dir);
        List<String> head = List.of("experiment: tiny-" + kind, "kind: " + kind, "scenario: baseline", "overrides:",
                "  run.horizonDays: 60", "seed: 20190517");
        List<String> body = switch (kind) {
            case "compare" -> List.of("runs: " + runs, "measures: [WAR, DEAL, CHAOS, STALEMATE]", "variants:",
                    "  - name: base", "  - name: low-restraint", "    overrides:", "      washington.restraint: 0.3");
            case "sweep" -> List.of("runs: " + runs, "measures: [WAR, STALEMATE]", "design:", "  type: grid", "factors:",
                    "  - path: washington.restraint", "    values: [0.3, 0.9]", "  - path: perception.noiseScale",
                    "    values: [0.5, 2]", "charts:", "  series: [washington.restraint]");
            case "sensitivity" -> List.of("samples: 4", "runsPerPoint: " + runs, "bootstrap: 50",
                    "measures: [WAR, STALEMATE]", "factors:", "  - path: washington.restraint", "    from: 0.3",
                    "    to: 1", "  - path: perception.noiseScale", "    from: 0.5", "    to: 2");
            default -> throw new IllegalArgumentException("kind must be compare, sweep or sensitivity, but was " + kind);
        };
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(body);
        all.add("");
        return Files.writeString(dir.resolve("tiny-" + kind + ".yaml"), String.join("\n", all));
    }

    /** Every file under {@code dir}, by relative path, with its bytes (as ISO-8859-1 text, for messages). */
    static TreeMap<String, String> files(Path dir) {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return all;
    }

    /**
     * The story files summary.json lists as samples ({@code OUTCOME-runINDEX.txt}) and the files in
     * {@code stories/}, each sorted, for an equality check.
     */
    static List<List<String>> listedAndWrittenStories(Path dir) throws IOException {
        com.fasterxml.jackson.databind.JsonNode samples = JSON.readTree(dir.resolve("summary.json").toFile())
                .path("storySamples");
        java.util.List<String> listed = new java.util.ArrayList<>();
        samples.fields().forEachRemaining(e -> e.getValue().forEach(s -> listed.add(e.getKey() + "-run"
                + s.path("index").asLong() + ".txt")));
        listed.sort(null);
        return List.of(listed, list(dir.resolve("stories")));
    }

    /** The names in a folder, or none if it does not exist. */
    static List<String> list(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
