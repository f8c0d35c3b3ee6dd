package org.offramp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.offramp.design.DesignException;
import org.offramp.design.PolicyExperiments;
import org.offramp.design.PolicySpec;
import org.offramp.design.PolicySpecLoader;
import org.offramp.engine.Merge;
import org.offramp.engine.MergeException;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ResultsLayout;
import org.offramp.model.Scenario;
import org.offramp.scenario.ExperimentSpec;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp merge DIR... --out DIR}: combines the folders of the N shards of an experiment
 * ({@code offramp run --shard K/N}) into one results folder, as {@code offramp run} would have
 * written it: {@code runs.csv} with the same bytes, {@code summary.json} equal but for the
 * provenance of threads, wall time and engine, and the same charts and story samples. Then it prints
 * the outcome table. Its summary records the shards' invocation (from their {@value ShardOutputs#FILE})
 * and this command line, so the merged folder says what produced it and {@code offramp rerun} can run
 * it again.
 *
 * <p>Everything is checked before anything is written: the shards must be all N shards of one
 * experiment, seed and library version, each given once ({@link Merge} says what differs or is
 * missing), and the output folder must be new or empty unless {@code --overwrite} is given. The
 * experiment's name and outputs come from the shards' {@value ShardOutputs#FILE}; for shards run
 * through the Java API, which have none, the name is the scenario's and the outputs are the
 * defaults.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Merge the folders of the N shards of an experiment (from 'offramp run --shard K/N') into one"
            + " results folder: runs.csv, summary.json, charts/ and stories/, as 'offramp run' writes them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an I/O error",
            "2:bad input: the folders are not all N shards of one experiment, seed and library version (one is"
                + " missing, given twice, unfinished or damaged), or --out holds files (without --overwrite);"
                + " nothing is written"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "SHARD-DIR", converter = Converters.Folder.class,
            description = "The shard folders, all N of them, in any order (e.g. results/big/shard-*).")
    private List<Path> shards = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", converter = Converters.Folder.class, description = "The merged results folder.")
    private Path out;

    @Option(names = "--overwrite", description = "Replace the results already in the --out folder.")
    private boolean overwrite;

    @Option(names = "--no-charts", description = "Draw no charts, whatever the experiment file said.")
    private boolean noCharts;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        boolean policy = isPolicyMerge();
        checkFolders(policy);
        if (policy) {
            return mergePolicy();
        }
        ShardOutputs outputs = outputs();
        ObjectNode invocation = invocation();
        ExperimentResult r;
        try {
            r = Merge.merge(List.copyOf(shards), out, overwrite, invocation);
        } catch (MergeException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        Experiment e = r.experiment();
        ShardOutputs o = outputs != null && outputs.contentHash().equals(e.scenario().contentHash()) ? outputs
                : defaults(e.scenario(), e.samplesPerOutcome());
        PrintWriter w = spec.commandLine().getOut();
        String headline = String.format(Locale.ROOT,
                "experiment %s · scenario %s · %,d runs · master seed %d · merged from %d shards · %s of shard time",
                o.name(), e.scenario().name(), r.runs(), e.masterSeed(), shards.size(),
                ProgressReporter.seconds(r.wallTime()));
        if (invocation.has("changes")) {
            headline += "\n" + Invocation.changesLine(invocation, e.scenario().parameters());
        }
        LongFunction<String> replay = seed -> ReplayCommand.command(e.model(), o.scenarioRef(), seed, o.overrides());
        try {
            ResultReport.print(w, headline, r, new ResultReport.Target(o.name(), out, o.charts() && !noCharts,
                    o.stories(), replay));
        } catch (IOException | UncheckedIOException x) {
            PrintWriter err = spec.commandLine().getErr();
            IOException io = ErrorHandler.ioCause(x);
            err.println("offramp merge: the merged runs.csv and summary.json in " + out + " are complete, but the charts"
                    + " and stories could not be written: " + (io == null ? x : ErrorHandler.describe(io)));
            err.println("Once there is space (or the folder can be written), merge again with:");
            err.println("  " + again());
            if (ErrorHandler.debug(spec.commandLine())) {
                x.printStackTrace(err);
            }
            err.flush();
            return OfframpCommand.FAILURE;
        }
        return OfframpCommand.OK;
    }

    /**
     * Whether the folders are the shards of a policy experiment ({@code offramp run --shard K/N} of a
     * compare, sweep or sensitivity file); a mix of both kinds is refused.
     */
    private boolean isPolicyMerge() {
        long policy = shards.stream().filter(d -> Files.exists(d.resolve(PolicyExperiments.PARTIAL))).count();
        if (policy > 0 && policy < shards.size()) {
            throw new BadInputException("the folders mix shards of a policy experiment (" + PolicyExperiments.PARTIAL
                    + ") with other folders; allowed: the N shard folders of one experiment");
        }
        return policy > 0;
    }

    /**
     * Merges the shards of a policy experiment: builds the experiment again from the file and flags the
     * shards recorded (the file must be unchanged: the shards' design identity is checked against it),
     * writes the tables, charts and provenance a single run writes, and prints the table.
     */
    private int mergePolicy() throws IOException {
        JsonNode recorded = null;
        for (Path d : shards) {
            recorded = PolicyExperiments.shardInvocation(d);
            if (recorded != null) {
                break;
            }
        }
        JsonNode source = recorded == null ? null : recorded.get(PolicyRun.SOURCE);
        if (source == null || !source.path("file").isTextual()) {
            throw new BadInputException("the shards record no policy experiment file to merge by (they were run"
                    + " through the Java API, or are damaged); merge them in Java with PolicyExperiments.merge");
        }
        Path file = Path.of(source.get("file").asText());
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("the shards were run from " + file + ", which no longer exists; the merge"
                    + " builds the experiment again from it: put it back as it was");
        }
        PolicySpec fromFile = PolicySpecLoader.load(file);
        List<String> sets = new ArrayList<>();
        source.path("set").forEach(v -> sets.add(v.asText()));
        PolicySpec spec = PolicyRun.withFlags(fromFile, Overrides.parse(fromFile.base().parameters(), sets),
                source.has("runs") ? source.get("runs").asLong() : null,
                source.has("seed") ? source.get("seed").asLong() : null, null);
        ObjectNode invocation = ((ObjectNode) recorded).deepCopy();
        if (invocation.path("settings").isObject()) {
            ((ObjectNode) invocation.get("settings")).remove("shard");
        }
        invocation.put("command", "merge");
        var parsed = spec().root().commandLine().getParseResult();
        ArrayNode args = invocation.putArray("arguments");
        (parsed == null ? List.<String>of() : parsed.originalArgs()).forEach(args::add);
        ArrayNode from = invocation.putArray("mergedFrom");
        shards.forEach(d -> from.add(d.toString()));
        PolicyExperiments.PolicyReport r;
        try {
            r = PolicyExperiments.merge(spec, List.copyOf(shards), out, invocation);
        } catch (DesignException ex) {
            if (ErrorHandler.ioCause(ex) == null) {
                throw ex;
            }
            PrintWriter err = spec().commandLine().getErr();
            err.println("offramp merge: cannot write " + out + ": " + ErrorHandler.describe(ErrorHandler.ioCause(ex)));
            err.println("Once there is space (or the folder can be written), merge again with:");
            err.println("  " + again());
            err.flush();
            return OfframpCommand.FAILURE;
        }
        PrintWriter w = spec().commandLine().getOut();
        w.printf(Locale.ROOT, "%s %s · scenario %s · %,d runs · master seed %d · merged from %d shards · %s of shard"
                + " time%n", spec.kind(), spec.name(), spec.base().name(), spec.totalRuns(), spec.seed(), shards.size(),
                ProgressReporter.seconds(java.time.Duration.ofNanos((long) (r.wallSeconds() * 1e9))));
        w.println(Invocation.changesLine(invocation, spec.base().parameters()));
        w.println();
        String table = r.markdown();
        for (Path p : r.files()) {
            if (p.getFileName().toString().endsWith(".md")) {
                table = Files.readString(p);
            }
        }
        w.println(table.strip());
        w.println();
        w.println("results  " + out + "  (" + String.join(", ", r.files().stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.endsWith(".png") && !n.endsWith(".svg")).toList()) + ", charts as .png and .svg)");
        w.flush();
        return OfframpCommand.OK;
    }

    private CommandSpec spec() {
        return spec;
    }

    /**
     * The record of this merge: the first shard's invocation (experiment file, changes, settings), with
     * this command line and the shard folders; only this command line for shards that recorded none.
     */
    private ObjectNode invocation() throws IOException {
        ObjectNode n = null;
        for (Path s : shards) {
            Optional<ObjectNode> recorded = ShardOutputs.invocation(s);
            if (recorded.isPresent()) {
                n = recorded.get().deepCopy();
                break;
            }
        }
        if (n == null) {
            n = Invocation.JSON.createObjectNode();
        } else if (n.path("settings").isObject()) {
            ((ObjectNode) n.get("settings")).remove("shard");
        }
        n.put("command", "merge");
        var parsed = spec.root().commandLine().getParseResult();
        ArrayNode args = n.putArray("arguments");
        (parsed == null ? List.<String>of() : parsed.originalArgs()).forEach(args::add);
        ArrayNode from = n.putArray("mergedFrom");
        shards.forEach(s -> from.add(s.toString()));
        return n;
    }

    /** This merge again, replacing what it wrote. */
    private String again() {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" merge");
        for (Path s : shards) {
            sb.append(' ').append(ReplayCommand.quote(s.toString()));
        }
        sb.append(" --out ").append(ReplayCommand.quote(out.toString()));
        if (noCharts) {
            sb.append(" --no-charts");
        }
        return sb.append(" --overwrite").toString();
    }

    /** The shard folders must exist and differ from --out, which must be new or empty (or --overwrite). */
    private void checkFolders(boolean policy) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        for (Path s : shards) {
            if (!Files.isDirectory(s)) {
                throw new BadInputException("shard folder " + s + " does not exist or is not a folder; allowed: the"
                        + " folders 'offramp run --shard K/N' wrote");
            }
            if (s.toAbsolutePath().normalize().equals(target)) {
                throw new BadInputException("--out " + out + " is one of the shard folders; allowed: another folder");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file; allowed: a new or empty folder, or a results"
                    + " folder with --overwrite");
        }
        if (policy) {
            // A policy experiment's folder: its tables, charts and provenance are replaced with --overwrite.
            if (!overwrite && Files.isDirectory(out)) {
                List<String> present;
                try (Stream<Path> st = Files.list(out)) {
                    present = st.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted()
                            .limit(6).toList();
                }
                if (!present.isEmpty()) {
                    throw new BadInputException("--out " + out + " already holds files (" + String.join(", ", present)
                            + "); allowed: a new or empty folder, or --overwrite to replace the results there");
                }
            }
            return;
        }
        ResultsLayout.Contents c = ResultsLayout.scan(out);
        if (!overwrite && !c.isEmpty()) {
            List<String> present = Stream.of(c.experimentFiles(), c.temporaryFiles(), c.otherFiles())
                    .flatMap(List::stream).filter(n -> !n.equals(FolderLock.FILE)).sorted().limit(6).toList();
            throw new BadInputException("--out " + out + " already holds files (" + String.join(", ", present)
                    + "); allowed: a new or empty folder, or --overwrite to replace the results there");
        }
        if (overwrite && !c.otherFiles().isEmpty()) {
            throw new BadInputException("--out " + out + " holds files that are not an experiment's ("
                    + String.join(", ", c.otherFiles().subList(0, Math.min(6, c.otherFiles().size())))
                    + "); --overwrite deletes only the files an experiment writes (runs.csv, summary.json,"
                    + " checkpoint.json, charts/, stories/ ...); allowed: move those files away, or another --out");
        }
    }

    /**
     * The name and outputs the shards recorded; they must agree (they came from one command line).
     *
     * @return null if no shard recorded them
     */
    private ShardOutputs outputs() throws IOException {
        ShardOutputs first = null;
        Path from = null;
        for (Path s : shards) {
            Optional<ShardOutputs> o = ShardOutputs.read(s);
            if (o.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = o.get();
                from = s;
            } else if (!first.equals(o.get())) {
                throw new BadInputException("the shards were run with different experiment names or outputs: "
                        + from.resolve(ShardOutputs.FILE) + " says " + first + ", but " + s.resolve(ShardOutputs.FILE)
                        + " says " + o.get() + "; run all shards from the same experiment file and flags");
            }
        }
        return first;
    }

    /**
     * For shards without {@value ShardOutputs#FILE}: the scenario's name, the default charts, a story
     * for every sample the shards kept (so summary.json lists exactly the stories written), and a
     * replay of the embedded scenario of that name (else the baseline) with the parameters that
     * differ set on the command line, which reproduces every run whatever file the scenario came from.
     */
    private static ShardOutputs defaults(Scenario s, int samplesPerOutcome) {
        String ref = ReplayCommand.isEmbedded(s.model(), s.name()) ? s.name() : "baseline";
        Map<String, Double> diffs = s.differencesFrom(Scenarios.load(s.model(), ref));
        String name = s.name().matches("[a-z0-9][a-z0-9-]*") ? s.name() : "merged";
        return new ShardOutputs(name, ref, diffs, ExperimentSpec.Outputs.DEFAULT.charts(), samplesPerOutcome,
                s.contentHash());
    }
}
