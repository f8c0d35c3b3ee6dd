package org.offramp.examples.brinkmanship;

import java.util.List;

/**
 * The escalation ladder both sides climb: six rungs from calm (0) to strikes (5). A side stands on
 * one rung at a time and moves at most one rung a day; its rung is what it does, and what the
 * other side tries to read.
 */
public final class Ladder {
    // region ladder
    /** The rungs' names, from 0 (calm) to {@link #TOP} (strikes on the other side's forces). */
    public static final List<String> RUNGS = List.of("calm", "protests", "warnings", "mobilisation", "blockade",
            "strikes");
    /** The top rung: held for {@code war.daysAtTop} days, it is war. */
    public static final int TOP = RUNGS.size() - 1;
    // endregion

    private Ladder() {
    }

    /**
     * A rung as stories show it: "3 (mobilisation)".
     *
     * @param rung in [0, {@link #TOP}]
     * @return the text
     */
    public static String describe(int rung) {
        return rung + " (" + RUNGS.get(rung) + ")";
    }
}
