package org.offramp.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.model.Metric;
import org.offramp.model.Model;
import org.offramp.model.Models;

/**
 * The files an experiment's results folder may hold, whoever wrote them (the local engine, Spark,
 * a shard, a merge, the command line's charts and stories), and what overwrite and resume do with a
 * folder:
 *
 * <table>
 * <caption>The files of an experiment</caption>
 * <tr><th>where</th><th>files</th></tr>
 * <tr><td>the folder</td><td>{@code runs.csv}, {@code runs.csv.partial}, {@code summary.json},
 *     {@code checkpoint.json}, {@code partial.json}, {@code outputs.json}, {@code report.html},
 *     {@value FolderLock#FILE}</td></tr>
 * <tr><td>{@code charts/}</td><td>{@code NAME.png} and {@code NAME.svg} for each of {@link #chartNames(Model)}</td></tr>
 * <tr><td>{@code stories/}</td><td>{@code OUTCOME-runINDEX.txt} and its timeline {@code OUTCOME-runINDEX.png}
 *     and {@code .svg}, OUTCOME an ending of the model</td></tr>
 * <tr><td>{@code runs/}</td><td>{@code part-NNNNNNNN.csv} (Spark's part files)</td></tr>
 * </table>
 *
 * <p>Temporary files are those of an interrupted write of one of these: {@code .NAME.ANYTHING.tmp}
 * (written by {@code AtomicFiles}) next to any of them, and {@code NAME.tmp} in the folder itself
 * (the engine's own). Anything else (another file, another subfolder, a file in {@code charts/} that
 * is not one of the charts) is not an experiment's. A folder is scanned without knowing which model
 * wrote it, so the chart and story names are those of any installed model ({@link Models#all()}).
 *
 * <ul>
 *   <li>Overwrite ({@link #clear}) deletes exactly the experiment's files and the temporary files,
 *       and refuses, deleting nothing, a folder that holds anything else: a user's file is never
 *       deleted. So an overwritten folder holds only the new experiment's files.</li>
 *   <li>Resume ({@link #removeTemporaries}) deletes the temporary files a killed process left.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; callers hold the folder's {@link FolderLock} while they change it.
 */
public final class ResultsLayout {
    /** The per-run table. */
    public static final String RUNS_CSV = "runs.csv";
    /** The per-run table while the experiment runs. */
    public static final String RUNS_PARTIAL = "runs.csv.partial";
    /** All aggregates and provenance. */
    public static final String SUMMARY = "summary.json";
    /** The local engine's resume point. */
    public static final String CHECKPOINT = "checkpoint.json";
    /** A shard's aggregate and identity. */
    public static final String PARTIAL = "partial.json";
    /** A shard's experiment name and outputs, written by the command line. */
    public static final String OUTPUTS = "outputs.json";
    /** The charts' subfolder. */
    public static final String CHARTS = "charts";
    /** The story samples' subfolder. */
    public static final String STORIES = "stories";
    /** The Spark engine's part files' subfolder. */
    public static final String PARTS = "runs";
    /** The self-contained HTML report of the folder, written by the command line. */
    public static final String REPORT = "report.html";
    /**
     * The charts of every experiment, each as {@code NAME.png} and {@code NAME.svg} in {@value #CHARTS}:
     * the outcome shares, the endings by trigger, the cumulative incidence of each ending, the share
     * of each ending by horizon and the days of ending (left out when no run ended before the
     * horizon). A model's bounded counts add one histogram each ({@link #chartNames(Model)}).
     */
    public static final List<String> FIXED_CHARTS = List.of("outcomes", "triggers", "cumulative-incidence",
            "share-by-horizon", "ending-days");

    private static final Set<String> TOP_FILES = Set.of(RUNS_CSV, RUNS_PARTIAL, SUMMARY, CHECKPOINT, PARTIAL, OUTPUTS,
            REPORT, FolderLock.FILE);
    private static final Pattern PART_FILE = Pattern.compile("part-\\d{8}\\.csv");
    /** AtomicFiles' temporary files: {@code .TARGET.SOMETHING.tmp}. */
    private static final Pattern ATOMIC_TEMP = Pattern.compile("\\.(.+)\\.[^.]+\\.tmp");
    /** The engine's own temporary files: {@code TARGET.tmp}. */
    private static final Pattern ENGINE_TEMP = Pattern.compile("(.+)\\.tmp");

    private ResultsLayout() {
    }

    /**
     * The chart of a bounded count metric: its name with hyphens ({@code highest_rung} gives
     * {@code highest-rung}).
     *
     * @param metric a bounded count metric
     * @return the chart's name
     */
    public static String chartName(Metric<?> metric) {
        return metric.name().replace('_', '-');
    }

    /**
     * The charts of an experiment of {@code model}, in the order they are drawn: {@link #FIXED_CHARTS},
     * then one histogram per bounded count metric.
     *
     * @param model the model
     * @return the chart names
     */
    public static List<String> chartNames(Model<?> model) {
        List<String> names = new ArrayList<>(FIXED_CHARTS);
        for (Metric<?> m : model.record().metrics()) {
            if (m.isBounded()) {
                names.add(chartName(m));
            }
        }
        return List.copyOf(names);
    }

    /**
     * A story sample's file name in {@value #STORIES}, for any installed model's endings: its text
     * {@code OUTCOME-runINDEX.txt} and its timeline {@code OUTCOME-runINDEX.png} and {@code .svg}.
     *
     * @return the pattern a story file's name matches in full
     */
    public static Pattern storyFile() {
        return Names.STORY_FILE;
    }

    /** Holder: the installed models' chart and story names, computed once. */
    private static final class Names {
        static final Pattern CHART_FILE;
        static final Pattern STORY_FILE;

        static {
            TreeSet<String> charts = new TreeSet<>(FIXED_CHARTS);
            TreeSet<String> endings = new TreeSet<>();
            for (Model<?> m : Models.all()) {
                charts.addAll(chartNames(m));
                endings.addAll(m.endings().names());
            }
            CHART_FILE = Pattern.compile("(" + String.join("|", charts) + ")\\.(png|svg)");
            STORY_FILE = Pattern.compile("(" + String.join("|", endings) + ")-run\\d+\\.(txt|png|svg)");
        }
    }

    /**
     * What a folder holds, by path relative to it ({@code /}-separated, a subfolder's name ending in
     * {@code /} when it is listed as a whole).
     *
     * @param experimentFiles the experiment's files (the lock file included)
     * @param temporaryFiles  leftovers of interrupted writes
     * @param otherFiles      everything else: files and folders no experiment writes
     */
    public record Contents(List<String> experimentFiles, List<String> temporaryFiles, List<String> otherFiles) {
        /**
         * Copies the lists.
         *
         * @param experimentFiles the experiment's files (the lock file included)
         * @param temporaryFiles  leftovers of interrupted writes
         * @param otherFiles      everything else: files and folders no experiment writes
         */
        public Contents {
            experimentFiles = List.copyOf(experimentFiles);
            temporaryFiles = List.copyOf(temporaryFiles);
            otherFiles = List.copyOf(otherFiles);
        }

        /** {@return whether the folder holds nothing but, possibly, a lock file} */
        public boolean isEmpty() {
            return temporaryFiles.isEmpty() && otherFiles.isEmpty()
                    && experimentFiles.stream().allMatch(FolderLock.FILE::equals);
        }
    }

    /**
     * Lists what a folder holds (empty if it does not exist).
     *
     * @param dir the results folder
     * @return its contents, each list sorted
     * @throws IOException if it cannot be listed
     */
    public static Contents scan(Path dir) throws IOException {
        List<String> own = new ArrayList<>();
        List<String> temp = new ArrayList<>();
        List<String> other = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Contents(own, temp, other);
        }
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Pattern files = subfolderFiles(name);
                if (files == null) {
                    other.add(name + "/");
                    continue;
                }
                for (Path q : list(p)) {
                    String inner = q.getFileName().toString();
                    String rel = name + "/" + inner;
                    if (!Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS)) {
                        other.add(rel + (Files.isDirectory(q, LinkOption.NOFOLLOW_LINKS) ? "/" : ""));
                    } else if (files.matcher(inner).matches()) {
                        own.add(rel);
                    } else if (isAtomicTemp(inner, n -> files.matcher(n).matches())) {
                        temp.add(rel);
                    } else {
                        other.add(rel);
                    }
                }
            } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                other.add(name);
            } else if (TOP_FILES.contains(name)) {
                own.add(name);
            } else if (isAtomicTemp(name, TOP_FILES::contains) || isEngineTemp(name)) {
                temp.add(name);
            } else {
                other.add(name);
            }
        }
        own.sort(null);
        temp.sort(null);
        other.sort(null);
        return new Contents(own, temp, other);
    }

    /**
     * Empties a results folder for a new experiment: deletes the experiment's files (but the lock
     * file, which the caller holds) and the temporary files, and the subfolders left empty. Deletes
     * nothing if the folder holds anything else.
     *
     * @param dir the results folder, locked by the caller
     * @throws ResultsFolderException (a bad-input one) naming the files that are not an experiment's, or
     *                                if a file cannot be deleted
     */
    public static void clear(Path dir) {
        try {
            Contents c = scan(dir);
            if (!c.otherFiles().isEmpty()) {
                throw new ResultsFolderException("results folder " + dir + " holds files that are not an experiment's "
                        + describe(c.otherFiles()) + "; overwrite (--overwrite) deletes only the files an experiment writes"
                        + " (runs.csv, summary.json, checkpoint.json, charts/, stories/ ...): move those away, or choose another"
                        + " folder", true);
            }
            // The files that say "done" go first, so a clear that is interrupted never leaves a folder
            // that looks finished (a shard's partial.json without its rows, say).
            List<String> order = new ArrayList<>(List.of(PARTIAL, SUMMARY, CHECKPOINT));
            order.retainAll(c.experimentFiles());
            c.experimentFiles().stream().filter(rel -> !order.contains(rel)).forEach(order::add);
            for (String rel : order) {
                if (!rel.equals(FolderLock.FILE)) {
                    Files.deleteIfExists(dir.resolve(rel));
                }
            }
            for (String rel : c.temporaryFiles()) {
                Files.deleteIfExists(dir.resolve(rel));
            }
            removeEmptySubfolders(dir);
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot clear results folder " + dir + ": " + ex, ex);
        }
    }

    /**
     * Deletes the temporary files that interrupted writes left in a results folder and its
     * subfolders, and nothing else.
     *
     * @param dir the results folder, locked by the caller
     * @return the files deleted, relative to {@code dir}
     * @throws ResultsFolderException if the folder cannot be listed or a file cannot be deleted
     */
    public static List<String> removeTemporaries(Path dir) {
        try {
            List<String> temp = scan(dir).temporaryFiles();
            for (String rel : temp) {
                Files.deleteIfExists(dir.resolve(rel));
            }
            return temp;
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot remove temporary files from " + dir + ": " + ex, ex);
        }
    }

    /**
     * Whether a path relative to a results folder names one of an experiment's files.
     *
     * @param relative e.g. {@code runs.csv} or {@code charts/outcomes.png}
     * @return true for the files of the table above
     */
    public static boolean isExperimentFile(String relative) {
        int slash = relative.indexOf('/');
        if (slash < 0) {
            return TOP_FILES.contains(relative);
        }
        Pattern files = subfolderFiles(relative.substring(0, slash));
        return files != null && files.matcher(relative.substring(slash + 1)).matches();
    }

    /** Up to six names, and how many more. */
    static String describe(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(6, names.size())));
        return "(" + shown + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : "") + ")";
    }

    private static Pattern subfolderFiles(String name) {
        return switch (name) {
            case CHARTS -> Names.CHART_FILE;
            case STORIES -> Names.STORY_FILE;
            case PARTS -> PART_FILE;
            default -> null;
        };
    }

    private static boolean isAtomicTemp(String name, java.util.function.Predicate<String> own) {
        Matcher m = ATOMIC_TEMP.matcher(name);
        return m.matches() && own.test(m.group(1));
    }

    private static boolean isEngineTemp(String name) {
        Matcher m = ENGINE_TEMP.matcher(name);
        return m.matches() && TOP_FILES.contains(m.group(1)) && !name.startsWith(".");
    }

    private static void removeEmptySubfolders(Path dir) throws IOException {
        for (String sub : List.of(CHARTS, STORIES, PARTS)) {
            Path p = dir.resolve(sub);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && list(p).isEmpty()) {
                Files.delete(p);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
