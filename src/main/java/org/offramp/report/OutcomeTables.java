package org.offramp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.OutcomeAnalysis;
import org.offramp.model.Endings;
import org.offramp.output.ConsoleTable;
import org.offramp.output.Words;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The tables of how an experiment's runs ended, as cells, for the terminal and the HTML report
 * alike: the outcomes (the horizon ending named for what it is), the endings by trigger and the share
 * of each ending by horizon.
 *
 * <pre>{@code
 * System.out.print(OutcomeTables.console(result));   // the three tables and their notes, as offramp run prints them
 * OutcomeTables.Table t = OutcomeTables.triggers(OutcomeAnalysis.of(result));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class OutcomeTables {
    private OutcomeTables() {
    }

    /**
     * A table as cells.
     *
     * @param title   what it shows, one line
     * @param header  the column names
     * @param rows    the rows, each as long as the header
     * @param aligns  each column's alignment
     * @param note    a sentence under the table (may be empty)
     */
    public record Table(String title, List<String> header, List<List<String>> rows, List<ConsoleTable.Align> aligns,
                        String note) {
        /**
         * Copies the lists.
         *
         * @param title   what it shows, one line
         * @param header  the column names
         * @param rows    the rows, each as long as the header
         * @param aligns  each column's alignment
         * @param note    a sentence under the table (may be empty)
         */
        public Table {
            Objects.requireNonNull(title, "title");
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            aligns = List.copyOf(aligns);
            Objects.requireNonNull(note, "note");
        }

        /**
         * The table for a terminal: its title, the aligned table and its note.
         *
         * @return the text, ending with a line break
         */
        public String console() {
            return title + "\n" + ConsoleTable.format(header, rows, aligns) + (note.isEmpty() ? "" : note + "\n");
        }
    }

    /**
     * The names of the endings as tables show them: the horizon ending with its meaning, e.g.
     * {@code STALEMATE — no ending by day 540}.
     *
     * @param endings  the model's endings
     * @param analysis the analysis, for the horizon
     * @return one label per ending, in order
     */
    public static List<String> endingLabels(Endings endings, OutcomeAnalysis analysis) {
        List<String> labels = new ArrayList<>();
        for (int o = 0; o < endings.count(); o++) {
            labels.add(o == endings.horizonIndex() ? analysis.horizon().meaning() : endings.get(o).name());
        }
        return labels;
    }

    /**
     * The outcome table: count, share, Wilson and Clopper–Pearson intervals of each ending, then the
     * total; its note says what the shares are conditional on.
     *
     * @param result the result, with at least one completed run
     * @return the table
     */
    public static Table outcomes(ExperimentResult result) {
        OutcomeAnalysis a = OutcomeAnalysis.of(result);
        Endings endings = result.experiment().model().endings();
        long[] counts = result.aggregate().outcomeCounts();
        double level = result.experiment().confidenceLevel();
        String pct = level(level);
        List<String> labels = endingLabels(endings, a);
        List<List<String>> rows = new ArrayList<>();
        long total = result.completed();
        for (int o = 0; o < counts.length; o++) {
            rows.add(List.of(labels.get(o), Long.toString(counts[o]), percent(share(counts[o], total), 2),
                    interval(ConfidenceIntervals.wilson(counts[o], total, level), 2),
                    interval(ConfidenceIntervals.clopperPearson(counts[o], total, level), 2)));
        }
        rows.add(List.of("total", Long.toString(total), percent(1.0, 2), "", ""));
        return new Table("How the runs end", List.of("outcome", "count", "share", pct + " Wilson",
                pct + " Clopper-Pearson"), rows, List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.RIGHT,
                ConsoleTable.Align.RIGHT, ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT), a.horizon().note());
    }

    /**
     * The endings by trigger: for each trigger its ending, the runs it ended, their share of all runs
     * with its interval, and their share of the ending's runs.
     *
     * @param analysis the analysis
     * @return the table
     */
    public static Table triggers(OutcomeAnalysis analysis) {
        String pct = level(analysis.confidenceLevel());
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeAnalysis.TriggerShare t : analysis.triggers()) {
            rows.add(List.of(t.ending(), t.description() + " (" + t.trigger() + ")", Long.toString(t.count()),
                    percent(t.share(), 2), interval(t.wilson(), 2), percent(t.shareOfEnding(), 1)));
        }
        return new Table("How each ending came about, by trigger", List.of("outcome", "trigger", "count", "share",
                pct + " Wilson", "of its outcome"), rows, List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT,
                ConsoleTable.Align.RIGHT, ConsoleTable.Align.RIGHT, ConsoleTable.Align.LEFT, ConsoleTable.Align.RIGHT),
                "");
    }

    /**
     * The share of each ending had the horizon been shorter, from the same runs, with Wilson intervals.
     *
     * @param analysis the analysis
     * @param endings  the model's endings
     * @return the table: one row per ending, one column per horizon
     */
    public static Table byHorizon(OutcomeAnalysis analysis, Endings endings) {
        List<String> header = new ArrayList<>(List.of("outcome"));
        List<ConsoleTable.Align> aligns = new ArrayList<>(List.of(ConsoleTable.Align.LEFT));
        for (OutcomeAnalysis.HorizonShares h : analysis.byHorizon()) {
            header.add(Words.count(h.horizon(), "day"));
            aligns.add(ConsoleTable.Align.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int o = 0; o < endings.count(); o++) {
            List<String> row = new ArrayList<>();
            row.add(o == endings.horizonIndex() ? endings.get(o).name() + " \u2014 no ending by the horizon"
                    : endings.get(o).name());
            for (OutcomeAnalysis.HorizonShares h : analysis.byHorizon()) {
                row.add(percent(h.shares()[o], 1) + " " + interval(h.wilson().get(o), 1));
            }
            rows.add(row);
        }
        return new Table("Share of each ending by horizon (" + level(analysis.confidenceLevel())
                + " Wilson intervals), from the same runs", header, rows, aligns, analysis.horizon().note());
    }

    /**
     * What {@code offramp run} prints about the outcomes: the outcome table, the endings by trigger
     * and the shares by horizon, each with its title and note, separated by blank lines.
     *
     * @param result the result, with at least one completed run
     * @return the text
     * @throws IllegalArgumentException if no run completed
     */
    public static String console(ExperimentResult result) {
        Objects.requireNonNull(result, "result");
        if (result.completed() == 0) {
            throw new IllegalArgumentException("no run completed, so there are no outcome shares: " + result);
        }
        OutcomeAnalysis a = OutcomeAnalysis.of(result);
        Endings endings = result.experiment().model().endings();
        Table o = outcomes(result);
        return ConsoleTable.format(o.header(), o.rows(), o.aligns()) + o.note() + "\n\n" + triggers(a).console()
                + "\n" + byHorizon(a, endings).console();
    }

    static double share(long count, long total) {
        return total == 0 ? Double.NaN : (double) count / total;
    }

    /** A share as a percentage, {@code -} for NaN. */
    static String percent(double share, int decimals) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * share);
    }

    /** An interval as {@code [lo%, hi%]}. */
    static String interval(Interval i, int decimals) {
        return "[" + percent(i.lower(), decimals) + ", " + percent(i.upper(), decimals) + "]";
    }

    /** A confidence level as {@code 95%} or {@code 99.5%}. */
    static String level(double level) {
        String text = String.format(Locale.ROOT, "%.1f", level * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }
}
