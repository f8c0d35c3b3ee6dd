package org.offramp.model;

/**
 * What sort of value a {@link Metric} records for each run, which decides how it is written to
 * {@code runs.csv}, how runs are aggregated and which measures it offers.
 *
 * <table>
 * <caption>Metric kinds</caption>
 * <tr><th>kind</th><th>value</th><th>in {@code runs.csv}</th><th>aggregated as</th><th>measures</th></tr>
 * <tr><td>{@link #CATEGORY}</td><td>the index of one of its categories</td><td>the category's name</td>
 *     <td>runs per category</td><td>none</td></tr>
 * <tr><td>{@link #COUNT}</td><td>a whole number &gt;= 0, at most its bound if it has one</td>
 *     <td>the number</td><td>total, runs with any, mean; per value when bounded</td>
 *     <td>{@code STEM_AT_LEAST_N}</td></tr>
 * <tr><td>{@link #FLAG}</td><td>1 or 0</td><td>{@code 1} or {@code 0}</td><td>runs with the flag</td>
 *     <td>{@code STEM}</td></tr>
 * <tr><td>{@link #FIRST_DAY}</td><td>the first day something happened, or -1 for never</td><td>the day</td>
 *     <td>runs in which it happened, and its day distribution</td><td>{@code STEM}, {@code STEM_BY_DAY_N}</td></tr>
 * <tr><td>{@link #REAL}</td><td>any double</td><td>{@link Double#toString(double)}, which reads back exactly</td>
 *     <td>exact sum and mean</td><td>none</td></tr>
 * </table>
 */
public enum MetricKind {
    /** One of a fixed list of categories. */
    CATEGORY,
    /** A whole number of events, optionally bounded (then also aggregated as a histogram). */
    COUNT,
    /** Whether something happened. */
    FLAG,
    /** The first day something happened, or -1 if it never did. */
    FIRST_DAY,
    /** A real value. */
    REAL
}
