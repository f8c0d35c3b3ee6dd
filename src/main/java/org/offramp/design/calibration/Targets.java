package org.offramp.design.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The statistics a calibration fits, read from a targets file or built in code.
 *
 * <p>A targets file is CSV in UTF-8: a header {@code name,value,sd,description} (the description
 * column may be left out), then one target per line. Blank lines and lines starting with
 * {@code #} are skipped; a cell with a comma or quote is quoted, with {@code ""} for a quote.
 *
 * <pre>
 * # observed May-July 2019
 * name,value,sd,description
 * tankerAttacks60,2,1,"Tanker attacks in the first 60 days"
 * directExchange365,0.10,0.05,Share of runs with a direct exchange by day 365
 * </pre>
 *
 * <pre>{@code
 * Targets targets = Targets.read(Path.of("targets.csv"));
 * Targets same = Targets.of(new Target("tankerAttacks60", 2, 1, "Tanker attacks in the first 60 days"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Targets {
    private final List<Target> targets;

    private Targets(List<Target> targets) {
        this.targets = List.copyOf(targets);
    }

    /**
     * Targets built in code.
     *
     * @param targets at least one, with distinct names
     * @return the targets
     * @throws IllegalArgumentException if there is none or a name repeats
     */
    public static Targets of(Target... targets) {
        Objects.requireNonNull(targets, "targets");
        return of(List.of(targets));
    }

    /**
     * Targets built in code.
     *
     * @param targets at least one, with distinct names
     * @return the targets
     * @throws IllegalArgumentException if there is none or a name repeats
     */
    public static Targets of(List<Target> targets) {
        Objects.requireNonNull(targets, "targets");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets must hold at least one target, but was empty");
        }
        Set<String> names = new HashSet<>();
        for (Target t : targets) {
            Objects.requireNonNull(t, "target");
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("target names must be distinct, but \"" + t.name()
                        + "\" appears twice");
            }
        }
        return new Targets(targets);
    }

    /**
     * Reads a targets file.
     *
     * @param file the file
     * @return the targets
     * @throws IOException          if the file cannot be read
     * @throws CalibrationException naming the file and line if the content is malformed
     */
    public static Targets read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses the text of a targets file.
     *
     * @param text   the content
     * @param source the name to cite in errors, e.g. the file name
     * @return the targets
     * @throws CalibrationException naming the source and line if the content is malformed
     */
    public static Targets parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        String[] lines = text.split("\r?\n", -1);
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean header = false;
        int columns = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line, source, lineNo);
            if (!header) {
                List<String> h = cells.stream().map(String::strip).toList();
                if (!h.equals(List.of("name", "value", "sd", "description")) && !h.equals(List.of("name", "value", "sd"))) {
                    throw new CalibrationException(source + ":" + lineNo + ": the header must be"
                            + " \"name,value,sd,description\" (description optional), but was \"" + line + "\"");
                }
                header = true;
                columns = h.size();
                continue;
            }
            if (cells.size() < 3 || cells.size() > columns) {
                throw new CalibrationException(source + ":" + lineNo + ": a target needs " + (columns == 3 ? "3" : "3 or 4")
                        + " cells (name, value, sd" + (columns == 4 ? ", description" : "") + "), but the line had "
                        + cells.size());
            }
            String name = cells.get(0).strip();
            double value = number(cells.get(1), "value", source, lineNo);
            double sd = number(cells.get(2), "sd", source, lineNo);
            String description = cells.size() > 3 ? cells.get(3).strip() : "";
            Target t;
            try {
                t = new Target(name, value, sd, description);
            } catch (IllegalArgumentException e) {
                throw new CalibrationException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
            if (!names.add(name)) {
                throw new CalibrationException(source + ":" + lineNo + ": target \"" + name
                        + "\" is given twice; names must be distinct");
            }
            targets.add(t);
        }
        if (!header) {
            throw new CalibrationException(source + ": no header; a targets file starts with"
                    + " \"name,value,sd,description\"");
        }
        if (targets.isEmpty()) {
            throw new CalibrationException(source + ": no target after the header; add at least one line"
                    + " \"name,value,sd,description\"");
        }
        return new Targets(targets);
    }

    private static double number(String cell, String field, String source, int line) {
        String s = cell.strip();
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && !s.isEmpty() && !s.endsWith("d") && !s.endsWith("f") && !s.endsWith("D")
                    && !s.endsWith("F")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CalibrationException(source + ":" + line + ": " + field + " must be a finite number, but was \""
                + s + "\"");
    }

    /** Splits one CSV line into cells, honouring quotes. */
    private static List<String> cells(String line, String source, int lineNo) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CalibrationException(source + ":" + lineNo + ": a quoted cell is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** {@return the targets, in order} */
    public List<Target> list() {
        return targets;
    }

    /** {@return the number of targets} */
    public int size() {
        return targets.size();
    }

    /**
     * One target.
     *
     * @param index its position
     * @return the target
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Target get(int index) {
        return targets.get(index);
    }

    /**
     * The distance of simulated statistics from the targets: {@code Σ ((s_k - value_k) / sd_k)^2}.
     *
     * @param statistics one per target
     * @return the distance
     * @throws IllegalArgumentException if the number of statistics differs from the targets'
     */
    public double distance(double[] statistics) {
        Objects.requireNonNull(statistics, "statistics");
        if (statistics.length != targets.size()) {
            throw new IllegalArgumentException("statistics must have one value per target (" + targets.size()
                    + "), but had " + statistics.length);
        }
        double d = 0;
        for (int k = 0; k < statistics.length; k++) {
            double z = (statistics[k] - targets.get(k).value()) / targets.get(k).sd();
            d += z * z;
        }
        return d;
    }

    /** {@return the targets as a CSV document in the targets-file format} */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("name,value,sd,description\n");
        for (Target t : targets) {
            sb.append(t.name()).append(',').append(t.value()).append(',').append(t.sd()).append(',')
                    .append(Text.csvCell(t.description())).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Targets other && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return targets.hashCode();
    }

    @Override
    public String toString() {
        return "Targets" + targets;
    }
}
