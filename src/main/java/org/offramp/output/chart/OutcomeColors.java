package org.offramp.output.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The colour of each outcome label of a chart: the fixed colours a model declares for its endings
 * (the same in every chart), FAILED (a run that could not finish) black, and for any other label a
 * colour from a fixed palette by its position, so a chart's colours depend only on its data.
 *
 * <pre>{@code
 * OutcomeColors colours = OutcomeColors.ofHex(Map.of("WIN", "#1e884e", "LOSS", "#c0392b"));
 * Color c = colours.colour("WIN", 0);
 * }</pre>
 *
 * <p>Labels are matched without regard to case. The palette's shades are dark enough to read on
 * white. Immutable and thread-safe.
 */
public final class OutcomeColors {
    /** The colour of FAILED. */
    public static final Color FAILED = Color.BLACK;
    /** No fixed colours but FAILED's: every other label by position. */
    public static final OutcomeColors NONE = new OutcomeColors(Map.of());

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    // Distinct from the usual outcome colours (red, green, orange, grey), so that an extra label never
    // looks like a model's ending.
    private static final Color[] OTHERS = {
        new Color(0x1F, 0x77, 0xB4), new Color(0x94, 0x67, 0xBD), new Color(0x17, 0xBE, 0xCF),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0xBC, 0xBD, 0x22),
        new Color(0x3B, 0x4C, 0xC0), new Color(0x2C, 0x3E, 0x50),
    };

    private final Map<String, Color> known;

    private OutcomeColors(Map<String, Color> known) {
        this.known = known;
    }

    /**
     * The colours of the given labels.
     *
     * @param colours colour by label
     * @return the colours
     * @throws IllegalArgumentException if a label or colour is null
     */
    public static OutcomeColors of(Map<String, Color> colours) {
        Checks.notNull("colours", colours);
        Map<String, Color> m = new LinkedHashMap<>();
        colours.forEach((label, c) -> m.put(Checks.notNull("label", label).toUpperCase(Locale.ROOT),
                Checks.notNull("colour of " + label, c)));
        m.putIfAbsent("FAILED", FAILED);
        return new OutcomeColors(Map.copyOf(m));
    }

    /**
     * The colours of the given labels, each written {@code #rrggbb}, as a model declares its endings'.
     *
     * @param colours colour by label
     * @return the colours
     * @throws IllegalArgumentException if a colour is not {@code #rrggbb}
     */
    public static OutcomeColors ofHex(Map<String, String> colours) {
        Checks.notNull("colours", colours);
        Map<String, Color> m = new LinkedHashMap<>();
        colours.forEach((label, hex) -> {
            if (hex == null || !HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException("the colour of " + label + " must be #rrggbb, but was " + hex);
            }
            m.put(label, new Color(Integer.parseInt(hex.substring(1), 16)));
        });
        return of(m);
    }

    /**
     * The colour of a label: its fixed colour (case does not matter), otherwise the palette colour
     * at the label's position.
     *
     * @param label    the outcome or measure name
     * @param position the label's index in its chart, &gt;= 0, used only for labels without a fixed colour
     * @return the colour
     */
    public Color colour(String label, int position) {
        Checks.notNull("label", label);
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, but was " + position);
        }
        Color fixed = label.equalsIgnoreCase("FAILED") ? FAILED : known.get(label.toUpperCase(Locale.ROOT));
        return fixed != null ? fixed : OTHERS[position % OTHERS.length];
    }

    /**
     * Whether a label has a fixed colour.
     *
     * @param label the outcome name
     * @return true if it has
     */
    public boolean isKnown(String label) {
        String l = Checks.notNull("label", label).toUpperCase(Locale.ROOT);
        return l.equals("FAILED") || known.containsKey(l);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeColors c && known.equals(c.known);
    }

    @Override
    public int hashCode() {
        return known.hashCode();
    }

    @Override
    public String toString() {
        return "OutcomeColors" + known;
    }
}
