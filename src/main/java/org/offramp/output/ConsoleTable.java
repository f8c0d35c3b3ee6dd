package org.offramp.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * Formats plain-text tables for a terminal: an outcome table with both binomial intervals, and a
 * generic aligned table for other commands.
 *
 * <pre>{@code
 * System.out.print(ConsoleTable.outcomes(List.of("WAR", "DEAL", "CHAOS", "STALEMATE"),
 *         new long[] {120, 35, 210, 635}, 0.95));
 * // outcome    count    share  95% Wilson        95% Clopper-Pearson
 * // ---------  -----  -------  ----------------  -------------------
 * // WAR          120   12.00%  [10.13%, 14.16%]  [10.05%, 14.18%]
 * // ...
 * // total       1000  100.00%
 *
 * System.out.print(ConsoleTable.format(List.of("param", "value"),
 *         List.of(List.of("noise", "0.5"), List.of("runs", "1000"))));
 * }</pre>
 *
 * <p>Columns are separated by two spaces; a column whose cells are all numbers (optionally with a
 * sign, a percent sign or a thousands separator) is right-aligned so that digits line up, any other
 * column is left-aligned. Numbers are formatted with {@link Locale#ROOT}, so the output does not
 * depend on the machine's locale. Lines end with {@code \n} and carry no trailing spaces.
 *
 * <p>Thread safety: stateless; all methods may be called from any thread.
 */
public final class ConsoleTable {

    /** How a column's cells are aligned. */
    public enum Align {
        /** Padded on the right. */
        LEFT,
        /** Padded on the left. */
        RIGHT
    }

    private static final String GAP = "  ";
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?%?");

    private ConsoleTable() {
    }

    /**
     * Formats a table, aligning each column by its content: right for all-numeric columns, left
     * otherwise.
     *
     * @param header the column names
     * @param rows   the rows; each must have as many cells as the header
     * @return the table, a header line, a rule line, then one line per row
     * @throws IllegalArgumentException if a row has the wrong number of cells or a cell is null
     */
    public static String format(List<String> header, List<? extends List<String>> rows) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        checkShape(header, rows);
        List<Align> aligns = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
            boolean numeric = !rows.isEmpty();
            for (List<String> row : rows) {
                numeric &= NUMBER.matcher(row.get(c).trim()).matches();
            }
            aligns.add(numeric ? Align.RIGHT : Align.LEFT);
        }
        return format(header, rows, aligns);
    }

    /**
     * Formats a table with the given alignment per column.
     *
     * @param header the column names
     * @param rows   the rows; each must have as many cells as the header
     * @param aligns the alignment of each column
     * @return the table, a header line, a rule line, then one line per row
     * @throws IllegalArgumentException if a row or the alignments have the wrong length or a cell is null
     */
    public static String format(List<String> header, List<? extends List<String>> rows, List<Align> aligns) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(aligns, "aligns");
        checkShape(header, rows);
        if (aligns.size() != header.size()) {
            throw new IllegalArgumentException("aligns must have " + header.size()
                    + " entries (one per column), but had " + aligns.size());
        }
        if (header.isEmpty()) {
            throw new IllegalArgumentException("header must have at least one column, but was empty");
        }
        int columns = header.size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, header, width, aligns);
        List<String> rule = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            rule.add("-".repeat(width[c]));
        }
        appendLine(out, rule, width, Collections.nCopies(columns, Align.LEFT));
        for (List<String> row : rows) {
            appendLine(out, row, width, aligns);
        }
        return out.toString();
    }

    /**
     * Formats an outcome table: outcome, count, share, and the Wilson and Clopper–Pearson intervals
     * at the given confidence level; the last line gives the total.
     *
     * @param labels     the outcome names, one per count
     * @param counts     the number of runs that ended with each outcome, each &gt;= 0
     * @param confidence the confidence level, in (0, 1), e.g. 0.95
     * @return the table
     * @throws IllegalArgumentException if the lengths differ, a count is negative, there are no
     *                                  runs, or the confidence level is out of range
     */
    public static String outcomes(List<String> labels, long[] counts, double confidence) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(counts, "counts");
        if (labels.size() != counts.length) {
            throw new IllegalArgumentException("counts must have " + labels.size()
                    + " entries (one per label), but had " + counts.length);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            Objects.requireNonNull(labels.get(i), "labels[" + i + "]");
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "] (" + labels.get(i)
                        + ") must be >= 0, but was " + counts[i]);
            }
            total = Math.addExact(total, counts[i]);
        }
        if (total < 1) {
            throw new IllegalArgumentException("counts must add up to at least 1 run, but added up to " + total);
        }
        String level = percent(confidence, confidence * 100 == Math.rint(confidence * 100) ? 0 : 1);
        List<String> header = List.of("outcome", "count", "share",
                level + " Wilson", level + " Clopper-Pearson");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Interval wilson = ConfidenceIntervals.wilson(counts[i], total, confidence);
            Interval exact = ConfidenceIntervals.clopperPearson(counts[i], total, confidence);
            rows.add(List.of(labels.get(i), Long.toString(counts[i]),
                    percent((double) counts[i] / total, 2), interval(wilson), interval(exact)));
        }
        rows.add(List.of("total", Long.toString(total), percent(1.0, 2), "", ""));
        return format(header, rows, List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT, Align.LEFT));
    }

    /** An interval as {@code [lo%, hi%]} with two decimals. */
    static String interval(Interval interval) {
        return "[" + percent(interval.lower(), 2) + ", " + percent(interval.upper(), 2) + "]";
    }

    /** A fraction as a percentage with the given number of decimals, locale-independent. */
    static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100.0);
    }

    private static void checkShape(List<String> header, List<? extends List<String>> rows) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) == null) {
                throw new IllegalArgumentException("header[" + c + "] must not be null");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row == null || row.size() != header.size()) {
                throw new IllegalArgumentException("rows[" + r + "] must have " + header.size()
                        + " cells (one per column), but had " + (row == null ? "none (null)" : row.size()));
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) == null) {
                    throw new IllegalArgumentException("rows[" + r + "][" + c + "] must not be null");
                }
                if (row.get(c).indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("rows[" + r + "][" + c
                            + "] must be a single line, but was " + row.get(c));
                }
            }
        }
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] width, List<Align> aligns) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            if (aligns.get(c) == Align.RIGHT) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(pad);
            }
        }
        // Trailing blanks would make copied tables and diffs noisy.
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }
}
