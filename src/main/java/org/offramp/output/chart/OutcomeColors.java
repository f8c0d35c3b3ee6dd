package org.offramp.output.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * The colour of each outcome, the same in every chart: WAR red, DEAL green, CHAOS orange, STALEMATE
 * grey, FAILED (a run that could not finish) black. Other labels get colours from a fixed palette by
 * their position, so a chart's colours depend only on its data.
 *
 * <p>The shades are dark enough to read on white and keep red and green apart by lightness as well
 * as hue, which helps readers with red–green colour blindness.
 *
 * <p>Thread safety: immutable constants and pure functions.
 */
public final class OutcomeColors {

    /** The colour of WAR. */
    public static final Color WAR = new Color(0xC0, 0x39, 0x2B);
    /** The colour of DEAL. */
    public static final Color DEAL = new Color(0x1E, 0x88, 0x4E);
    /** The colour of CHAOS. */
    public static final Color CHAOS = new Color(0xE6, 0x7E, 0x22);
    /** The colour of STALEMATE. */
    public static final Color STALEMATE = new Color(0x8C, 0x8C, 0x8C);
    /** The colour of FAILED. */
    public static final Color FAILED = Color.BLACK;

    private static final Map<String, Color> KNOWN = Map.of(
            "WAR", WAR, "DEAL", DEAL, "CHAOS", CHAOS, "STALEMATE", STALEMATE, "FAILED", FAILED);

    // Distinct from the outcome colours above, so that an extra label never looks like a known one.
    private static final Color[] OTHERS = {
        new Color(0x1F, 0x77, 0xB4), new Color(0x94, 0x67, 0xBD), new Color(0x17, 0xBE, 0xCF),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0xBC, 0xBD, 0x22),
        new Color(0x3B, 0x4C, 0xC0), new Color(0x2C, 0x3E, 0x50),
    };

    private OutcomeColors() {
    }

    /**
     * The colour of a label: a fixed one for the known outcomes (case does not matter), otherwise the
     * palette colour at the label's position.
     *
     * @param label    the outcome name
     * @param position the label's index in its chart, &gt;= 0, used only for labels that are not known
     * @return the colour
     */
    public static Color of(String label, int position) {
        Checks.notNull("label", label);
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, but was " + position);
        }
        Color known = KNOWN.get(label.toUpperCase(Locale.ROOT));
        return known != null ? known : OTHERS[position % OTHERS.length];
    }

    /**
     * Whether a label has a fixed colour (WAR, DEAL, CHAOS, STALEMATE, FAILED, in any case).
     *
     * @param label the outcome name
     * @return true if it is one of the known outcomes
     */
    public static boolean isKnown(String label) {
        return KNOWN.containsKey(Checks.notNull("label", label).toUpperCase(Locale.ROOT));
    }
}
