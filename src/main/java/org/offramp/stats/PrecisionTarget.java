package org.offramp.stats;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * When an experiment in precision mode may stop: a bound on the half-widths of the outcome shares'
 * confidence intervals, in one of two modes.
 *
 * <ul>
 * <li><b>Absolute</b> ({@code 0.005}): every share's interval has a half-width of at most
 *     {@code value}, in share units (0.005 = ±0.5 percentage points), whatever the share.</li>
 * <li><b>Relative</b> ({@code 10%}): every share's interval has a half-width of at most
 *     {@code value} times the share itself (10%: a share of 20% is known to ±2 points, one of 1% to
 *     ±0.1 points), except the shares that are confidently rare: those whose interval's upper
 *     bound is below {@code floor}. A share with no runs at all would otherwise need an infinite
 *     number of runs; the floor says how rare an outcome may be and still go unmeasured. The test is
 *     on the upper bound, not the estimate, so an outcome is exempt only once the runs show it to be
 *     below the floor.</li>
 * </ul>
 *
 * <pre>{@code
 * PrecisionTarget t = PrecisionTarget.parse("10%", PrecisionTarget.DEFAULT_FLOOR);
 * boolean ok = t.met(interval, share);         // for one outcome
 * t.text();                                     // "10%", as it was written
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param relative whether the target is relative to the share
 * @param value    the absolute half-width in (0, 0.5), or the relative one (a fraction) in (0, 1)
 * @param floor    the relative mode's floor in (0, 1); 0 in absolute mode
 */
public record PrecisionTarget(boolean relative, double value, double floor) {
    /** The relative mode's floor when none is given: shares confidently below 1% are exempt. */
    public static final double DEFAULT_FLOOR = 0.01;
    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a half-width H in (0, 0.5), such as 0.005, or a relative half-width P% with"
            + " P in (0, 100), such as 10%";

    /**
     * Checks the values.
     *
     * @param relative whether the target is relative to the share
     * @param value    the absolute half-width in (0, 0.5), or the relative one (a fraction) in (0, 1)
     * @param floor    the relative mode's floor in (0, 1); 0 in absolute mode
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public PrecisionTarget {
        if (relative) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("the relative half-width must be in (0, 1) (0% to 100%), but was "
                        + value);
            }
            if (!(floor > 0 && floor < 1)) {
                throw new IllegalArgumentException("the precision floor must be in (0, 1), but was " + floor);
            }
        } else {
            if (!(value > 0 && value < 0.5)) {
                throw new IllegalArgumentException("the half-width must be in (0, 0.5), but was " + value);
            }
            if (floor != 0) {
                throw new IllegalArgumentException("an absolute half-width has no floor, but the floor was " + floor);
            }
        }
    }

    /**
     * The absolute target: every share's half-width at most {@code halfWidth}.
     *
     * @param halfWidth in (0, 0.5)
     * @return the target
     * @throws IllegalArgumentException if halfWidth is out of range
     */
    public static PrecisionTarget absolute(double halfWidth) {
        return new PrecisionTarget(false, halfWidth, 0);
    }

    /**
     * The relative target: every share's half-width at most {@code fraction} times the share, but for
     * shares whose upper bound is below {@code floor}.
     *
     * @param fraction in (0, 1): 0.1 for 10%
     * @param floor    in (0, 1)
     * @return the target
     * @throws IllegalArgumentException if a value is out of range
     */
    public static PrecisionTarget relative(double fraction, double floor) {
        return new PrecisionTarget(true, fraction, floor);
    }

    /**
     * Reads {@code H} (absolute) or {@code P%} (relative, with {@code floor}).
     *
     * @param text  the target as written, e.g. {@code 0.005} or {@code 10%}
     * @param floor the floor of a relative target, in (0, 1); ignored for an absolute one
     * @return the target
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static PrecisionTarget parse(String text, double floor) {
        String t = text == null ? "" : text.strip();
        boolean percent = t.endsWith("%");
        BigDecimal number;
        try {
            number = new BigDecimal(percent ? t.substring(0, t.length() - 1).strip() : t);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("the precision must be " + ALLOWED + ", but was \"" + text + "\"", ex);
        }
        if (percent) {
            if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("the precision must be " + ALLOWED + ", but was \"" + text
                        + "\" (P must be in (0, 100))");
            }
            return relative(number.movePointLeft(2).doubleValue(), floor);
        }
        double h = number.doubleValue();
        if (!(h > 0 && h < 0.5)) {
            throw new IllegalArgumentException("the precision must be " + ALLOWED + ", but was \"" + text
                    + "\" (H must be in (0, 0.5); for a relative target add %)");
        }
        return absolute(h);
    }

    /**
     * Whether an outcome's interval meets the target.
     *
     * @param interval the share's confidence interval
     * @param share    the share itself (its point estimate)
     * @return true if the half-width is within the target, or the share is exempt
     */
    public boolean met(Interval interval, double share) {
        return exempt(interval) || interval.halfWidth() <= allowedHalfWidth(share);
    }

    /**
     * Whether the share is exempt from the target: in relative mode, its interval's upper bound is
     * below the floor; never in absolute mode.
     *
     * @param interval the share's confidence interval
     * @return whether the target does not apply to it
     */
    public boolean exempt(Interval interval) {
        return relative && interval.upper() < floor;
    }

    /**
     * The largest half-width the target allows a share.
     *
     * @param share the share's point estimate (NaN with no runs, which allows nothing in relative mode)
     * @return {@code value} in absolute mode, {@code value * share} in relative mode
     */
    public double allowedHalfWidth(double share) {
        return relative ? value * share : value;
    }

    /** {@return the target as {@link #parse} reads it: {@code 0.005} or {@code 10%}} */
    public String text() {
        BigDecimal v = new BigDecimal(Double.toString(value));
        return (relative ? v.movePointRight(2) : v).stripTrailingZeros().toPlainString() + (relative ? "%" : "");
    }

    /**
     * A phrase for reports: "every share's half-width at most 0.005", or "every share's half-width
     * within 10% of the share, but for shares whose upper bound is below 0.01".
     *
     * @return the phrase
     */
    public String describe() {
        return relative
                ? String.format(Locale.ROOT, "every share's half-width within %s of the share, but for shares whose"
                        + " upper bound is below %s", text(), new BigDecimal(Double.toString(floor))
                        .stripTrailingZeros().toPlainString())
                : "every share's half-width at most " + text();
    }
}
