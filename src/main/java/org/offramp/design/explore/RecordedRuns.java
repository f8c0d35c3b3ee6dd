package org.offramp.design.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.design.DesignException;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.design.discovery.FactorSpec;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Param;

/**
 * A discovery table read back from a results folder, so that a design already run can be analysed
 * again (another measure, other PRIM settings) without running anything:
 *
 * <ul>
 * <li>a discovery's folder ({@value DiscoveryExperiments#RUNS_CSV} with {@value DiscoveryExperiments#PROVENANCE}):
 *     one row per run, any measure the discovery recorded, with the factors' declared ranges;</li>
 * <li>a sweep's folder ({@code sweep.csv} with {@code provenance.json}): it keeps only each point's
 *     share, so the table has one row per point, its outcome the share. PRIM then finds boxes of high
 *     mean share, but quasi-p-values (binomial tests on runs) are not defined, and CART and regional
 *     sensitivity see points, not runs. Each factor's range is taken from the values in the table
 *     (as the EMA Workbench does), its type from the model's parameter. For a row per run, run a
 *     discovery on the sweep's file ({@code offramp discover SWEEP.yaml}), which keeps every run.</li>
 * </ul>
 *
 * <pre>{@code
 * RecordedRuns r = RecordedRuns.read(Path.of("results/discover-war"), "RUNG_AT_LEAST_5");
 * DiscoveryAnalysis a = DiscoveryAnalysis.of(r.table(), DiscoveryOptions.defaults(), r.seed());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordedRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String name;
    private final DiscoveryTable table;
    private final long seed;
    private final List<String> measures;
    private final String describe;
    private final ObjectNode provenance;

    private RecordedRuns(Path folder, String name, DiscoveryTable table, long seed, List<String> measures,
                         String describe, ObjectNode provenance) {
        this.folder = folder;
        this.name = name;
        this.table = table;
        this.seed = seed;
        this.measures = List.copyOf(measures);
        this.describe = describe;
        this.provenance = provenance;
    }

    /**
     * Reads a discovery's or a sweep's results folder.
     *
     * @param dir     the folder
     * @param measure the measure to analyse, one the folder recorded; null for the first
     * @return the table and what it came from
     * @throws DesignException naming the folder, the file and what is missing or wrong, for a folder
     *                         that is neither, a measure it did not record, or a damaged file
     */
    public static RecordedRuns read(Path dir, String measure) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new DesignException("--from " + dir + " is not a folder; allowed: the results folder of a discovery"
                    + " (with " + DiscoveryExperiments.RUNS_CSV + ") or of a sweep (with sweep.csv)");
        }
        Path prov = dir.resolve(DiscoveryExperiments.PROVENANCE);
        if (Files.isRegularFile(dir.resolve(DiscoveryExperiments.RUNS_CSV)) && Files.isRegularFile(prov)) {
            return readDiscovery(dir, json(prov), measure);
        }
        if (Files.isRegularFile(dir.resolve("sweep.csv")) && Files.isRegularFile(prov)) {
            return readSweep(dir, json(prov), measure);
        }
        if (Files.isRegularFile(dir.resolve("sensitivity.csv"))) {
            throw new DesignException(dir + " holds a sensitivity analysis, whose files keep only the Sobol indices;"
                    + " a discovery needs the runs: run 'offramp discover' on its file, which draws a Latin hypercube"
                    + " over the same factors and keeps every run");
        }
        throw new DesignException(dir + " is neither a discovery's results folder (" + DiscoveryExperiments.RUNS_CSV
                + " and " + DiscoveryExperiments.PROVENANCE + ") nor a sweep's (sweep.csv and provenance.json)");
    }

    /** {@return the folder read} */
    public Path folder() {
        return folder;
    }

    /** {@return the name of the discovery or sweep} */
    public String name() {
        return name;
    }

    /** {@return the table: one row per run (binary) or per point (shares)} */
    public DiscoveryTable table() {
        return table;
    }

    /** {@return the master seed of the design, which seeds the stability resamples} */
    public long seed() {
        return seed;
    }

    /** {@return the measures the folder recorded} */
    public List<String> measures() {
        return measures;
    }

    /** {@return what was read, in a sentence} */
    public String describe() {
        return describe;
    }

    /** {@return the record of what was read (folder, files with SHA-256, measure), for provenance} */
    public ObjectNode provenance() {
        return provenance.deepCopy();
    }

    private static RecordedRuns readDiscovery(Path dir, JsonNode prov, String measure) {
        JsonNode design = prov.path("design");
        List<FactorSpec> specs = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (JsonNode f : design.path("factors")) {
            String path = f.path("path").asText();
            paths.add(path);
            double lo = f.path("lower").asDouble();
            double hi = f.path("upper").asDouble();
            FactorSpec s = switch (f.path("type").asText()) {
                case "FLAG" -> FactorSpec.bool(path);
                case "INTEGER" -> Math.rint(lo) == Math.rint(hi) ? null
                        : FactorSpec.integer(path, (long) Math.rint(lo), (long) Math.rint(hi));
                default -> lo == hi ? null : FactorSpec.real(path, lo, hi);
            };
            specs.add(s);
        }
        List<String> ms = new ArrayList<>();
        design.path("measures").forEach(m -> ms.add(m.asText()));
        if (paths.isEmpty() || ms.isEmpty()) {
            throw new DesignException(dir.resolve(DiscoveryExperiments.PROVENANCE) + " has no design.factors or"
                    + " design.measures; it is not a discovery's provenance");
        }
        String chosen = pick(dir, measure, ms, DiscoveryExperiments.RUNS_CSV);
        int m = ms.indexOf(chosen);
        Path csv = dir.resolve(DiscoveryExperiments.RUNS_CSV);
        List<String> header = new ArrayList<>(List.of("point", "run", "seed"));
        header.addAll(paths);
        header.addAll(ms);
        List<double[]> rows = readCsv(csv, header);
        double[][] cols = new double[paths.size()][rows.size()];
        double[] y = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int f = 0; f < paths.size(); f++) {
                cols[f][r] = row[3 + f];
            }
            y[r] = row[3 + paths.size() + m];
        }
        DiscoveryTable table = build(csv, specs, cols, y, chosen);
        long seed = design.path("masterSeed").asLong();
        String name = prov.path("experiment").asText("discovery");
        String describe = String.format(Locale.ROOT, "Read from `%s`: %,d runs of %s (%,d points x %,d runs, %s seeds,"
                        + " master seed %d); one row per run.", dir, rows.size(), name, design.path("points").asInt(),
                design.path("runsPerPoint").asInt(), design.path("seeds").asText(), seed);
        return new RecordedRuns(dir, name, table, seed, ms, describe, record(dir, csv, chosen, "per run"));
    }

    private static RecordedRuns readSweep(Path dir, JsonNode prov, String measure) {
        Model<?> model;
        try {
            model = Models.get(prov.path("model").asText(Models.defaultModel().name()));
        } catch (RuntimeException e) {
            throw new DesignException(dir.resolve("provenance.json") + ": " + e.getMessage(), e);
        }
        Path csv = dir.resolve("sweep.csv");
        List<String> header = firstLine(csv);
        int runsColumn = header.indexOf("runs");
        if (header.isEmpty() || !header.get(0).equals("point") || runsColumn < 2) {
            throw new DesignException(csv + ": the header must be point, the factor paths, runs, then M_share,"
                    + " M_lower, M_upper per measure, but was " + String.join(",", header));
        }
        List<String> paths = header.subList(1, runsColumn);
        List<String> ms = new ArrayList<>();
        if ((header.size() - runsColumn - 1) % 3 != 0 || header.size() == runsColumn + 1) {
            throw new DesignException(csv + ": after runs, the header must have M_share, M_lower, M_upper per measure,"
                    + " but was " + String.join(",", header.subList(runsColumn + 1, header.size())));
        }
        for (int i = runsColumn + 1; i < header.size(); i += 3) {
            String h = header.get(i);
            if (!h.endsWith("_share")) {
                throw new DesignException(csv + ": column " + (i + 1) + " must be a measure's _share, but was " + h);
            }
            ms.add(h.substring(0, h.length() - "_share".length()));
        }
        String chosen = pick(dir, measure, ms, "sweep.csv");
        int yColumn = runsColumn + 1 + 3 * ms.indexOf(chosen);
        List<double[]> rows = readCsv(csv, header);
        double[][] cols = new double[paths.size()][rows.size()];
        double[] y = new double[rows.size()];
        long runs = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int f = 0; f < paths.size(); f++) {
                cols[f][r] = rows.get(r)[1 + f];
            }
            y[r] = rows.get(r)[yColumn];
            runs = (long) rows.get(r)[runsColumn];
        }
        List<FactorSpec> specs = new ArrayList<>();
        for (int f = 0; f < paths.size(); f++) {
            Param p = model.parameters().find(paths.get(f));
            if (p == null) {
                throw new DesignException(csv + ": column " + paths.get(f) + " is not a parameter of model "
                        + model.name());
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : cols[f]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            specs.add(lo == hi ? null : switch (p.type()) {
                case FLAG -> FactorSpec.bool(p.path());
                case INTEGER -> FactorSpec.integer(p.path(), (long) lo, (long) hi);
                default -> FactorSpec.real(p.path(), lo, hi);
            });
        }
        DiscoveryTable table = build(csv, specs, cols, y, chosen);
        String name = prov.path("experiment").asText("sweep");
        long seed = prov.path("masterSeed").asLong();
        String describe = String.format(Locale.ROOT, "Read from `%s`: the %,d points of sweep %s (%,d runs each, master"
                + " seed %d), one row per point with its %s share: the sweep's folder keeps no runs, so quasi-p-values"
                + " are not defined; run 'offramp discover' on the sweep's file for a row per run.", dir, rows.size(),
                name, runs, seed, chosen);
        return new RecordedRuns(dir, name, table, seed, ms, describe, record(dir, csv, chosen, "per point"));
    }

    private static DiscoveryTable build(Path csv, List<FactorSpec> specs, double[][] cols, double[] y, String name) {
        DiscoveryTable.Builder b = DiscoveryTable.builder();
        int added = 0;
        try {
            for (int f = 0; f < specs.size(); f++) {
                if (specs.get(f) != null) {
                    b.factor(specs.get(f), cols[f]);
                    added++;
                }
            }
            if (added == 0) {
                throw new DesignException(csv + ": no factor varies, so there is nothing to discover");
            }
            return b.outcome(name, y).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DesignException(csv + ": " + e.getMessage(), e);
        }
    }

    private static String pick(Path dir, String measure, List<String> recorded, String file) {
        if (measure == null) {
            return recorded.get(0);
        }
        if (!recorded.contains(measure)) {
            throw new DesignException("--measure " + measure + " was not recorded in " + dir.resolve(file)
                    + "; allowed: one of " + recorded + " (run the design again with that measure for another)");
        }
        return measure;
    }

    private static ObjectNode record(Path dir, Path csv, String measure, String rows) {
        ObjectNode n = JSON.createObjectNode();
        n.put("folder", dir.toString());
        n.put("file", csv.getFileName().toString());
        n.put("sha256", sha256(csv));
        n.put("measure", measure);
        n.put("rows", rows);
        return n;
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new DesignException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> firstLine(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? List.of() : List.of(line.split(",", -1));
        } catch (IOException e) {
            throw new DesignException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    /** Numeric rows of a CSV file whose header must be exactly {@code header}. */
    private static List<double[]> readCsv(Path csv, List<String> header) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !List.of(line.split(",", -1)).equals(header)) {
                throw new DesignException(csv + ":1: the header must be " + String.join(",", header) + ", but was "
                        + line);
            }
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != header.size()) {
                    throw new DesignException(csv + ":" + n + ": a row needs " + header.size() + " cells, but had "
                            + cells.length);
                }
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    try {
                        row[i] = Double.parseDouble(cells[i]);
                    } catch (NumberFormatException e) {
                        throw new DesignException(csv + ":" + n + ": " + header.get(i) + " must be a number, but was \""
                                + cells[i] + "\"", e);
                    }
                    if (!Double.isFinite(row[i])) {
                        throw new DesignException(csv + ":" + n + ": " + header.get(i) + " must be finite, but was "
                                + cells[i]);
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new DesignException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new DesignException(csv + " has no rows");
        }
        return rows;
    }

    private static String sha256(Path file) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    d.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new DesignException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
