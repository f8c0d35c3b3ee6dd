package org.offramp.standoff.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.offramp.model.Timeline;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Rung;
import org.offramp.standoff.Successor;
import org.offramp.standoff.perception.Beliefs;
import org.offramp.standoff.perception.RevealedTruth;

/**
 * Writes a replayed run's {@link Timeline}: at the end of every day it samples the daily series and
 * marks what happened that day, by comparing the state with the day before. Only runs with a story
 * keep one; it draws no random numbers and changes no state, so the run is the same run. Not
 * thread-safe.
 *
 * <p>Series: the ladder's rung ({@code rung}); Iran's economy and stability ({@code economy},
 * {@code stability}); the Brent oil price in US dollars per barrel ({@code oil}); Washington's belief about Tehran's hostility beside the hostility Tehran's
 * acts reveal, and Tehran's about Washington's ({@code belief.washington.tehran},
 * {@code truth.tehran}, {@code belief.tehran.washington}, {@code truth.washington}). Markers:
 * {@code incident} (an unintended incident), {@code attack} (a proxy attack), {@code strike} (a US
 * strike or Iran's direct retaliation), {@code misattribution}, {@code trigger} (Washington's or
 * Tehran's trigger fires), {@code talks} (talks open or break off), {@code offramp} (an act that
 * engages an off-ramp, a Security Council resolution, a veto), {@code election}, {@code succession} and {@code ending}.
 */
final class TimelineLog {
    private static final String[] NAMES = {"rung", "economy", "stability", "oil", "belief.washington.tehran",
        "truth.tehran", "belief.tehran.washington", "truth.washington"};
    private static final String[] LABELS = {"Ladder rung", "Iran's economy", "Iran's regime stability",
        "Brent oil price", "Washington's belief: Tehran's hostility", "Tehran's revealed hostility",
        "Tehran's belief: Washington's hostility", "Washington's revealed hostility"};
    private static final String[] UNITS = {"rung (0-" + (Rung.COUNT - 1) + ")", "share (0-1)", "share (0-1)",
        "USD/barrel", "hostility (0-1)", "hostility (0-1)", "hostility (0-1)", "hostility (0-1)"};
    private static final String[] GROUPS = {"Escalation", "Iran", "Iran", "Oil", "Beliefs", "Beliefs", "Beliefs",
        "Beliefs"};

    private final Beliefs beliefs;
    private final RevealedTruth truth;
    private final Today today;
    private final CrisisState c;
    private final Ladder ladder;
    private final Diplomacy dip;
    private final Tally tally;
    private final SlowVariables slow;

    private final double[][] values = new double[NAMES.length][];
    private int days;
    private final List<Timeline.Marker> markers = new ArrayList<>();

    // the state at the end of the day before, to see what changed
    private int misattributions;
    private int accidents;
    private int vetoes;
    private boolean talksOpen;
    private ElectionResult election;
    private Successor successor;

    TimelineLog(Beliefs beliefs, RevealedTruth truth, Today today, CrisisState c, Ladder ladder, Diplomacy dip,
            Tally tally, SlowVariables slow) {
        this.beliefs = beliefs;
        this.truth = truth;
        this.today = today;
        this.c = c;
        this.ladder = ladder;
        this.dip = dip;
        this.tally = tally;
        this.slow = slow;
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[64];
        }
        election = c.election;
        successor = c.successor;
    }

    /** Samples the series and marks the day's events; called once at the end of each day played. */
    void endOfDay() {
        int d = today.day;
        if (days == values[0].length) {
            for (int i = 0; i < values.length; i++) {
                values[i] = Arrays.copyOf(values[i], 2 * days);
            }
        }
        double[] sample = {ladder.rung, c.economy, c.stability, slow.oilPrice(),
            beliefs.hostility(Actor.WASHINGTON, Actor.TEHRAN), truth.hostility(Actor.TEHRAN),
            beliefs.hostility(Actor.TEHRAN, Actor.WASHINGTON), truth.hostility(Actor.WASHINGTON)};
        for (int i = 0; i < values.length; i++) {
            values[i][days] = sample[i];
        }
        days++;

        if (successor != c.successor) {
            mark(d, "succession", "The Supreme Leader is succeeded (" + c.successor.name().toLowerCase(Locale.ROOT)
                    + ")");
            successor = c.successor;
        }
        if (election != c.election) {
            mark(d, "election", c.election == ElectionResult.REELECTED ? "The US President is re-elected"
                    : "A new US administration");
            election = c.election;
        }
        if (tally.accidents > accidents) {
            mark(d, "incident", today.incidentLethal ? "A lethal unintended incident in the Gulf"
                    : "A near miss in the Gulf");
        }
        // acts are null when the run ended in the day's first phase, before anyone acted
        for (Action a : today.acts) {
            if (a == null) {
                continue;
            }
            if (a.kind() == Action.Kind.OFF_RAMP) {
                mark(d, "offramp", a.actor().subject() + " " + a.phrase());
            } else if (a == Action.MINE_TANKER || a == Action.DRONE_STRIKE || a == Action.ROCKET_ATTACK) {
                mark(d, "attack", a.actor().subject() + " " + a.phrase());
            } else if (a == Action.LIMITED_STRIKE || a == Action.STRIKE_CAMPAIGN || a == Action.DIRECT_RETALIATION) {
                mark(d, "strike", a.actor().subject() + " " + a.phrase());
            }
        }
        if (tally.misattributions > misattributions) {
            int n = tally.misattributions - misattributions;
            mark(d, "misattribution", n == 1 ? "An act blamed on the wrong actor" : n + " acts blamed on the wrong actor");
        }
        for (Actor o : new Actor[] {Actor.WASHINGTON, Actor.TEHRAN}) {
            if (beliefs.triggerDay(o) == d || beliefs.stateTriggerDay(o) == d) {
                mark(d, "trigger", o.subject() + "'s trigger fires");
            }
        }
        if (dip.talksOpen != talksOpen) {
            mark(d, "talks", dip.talksOpen ? "Talks open" : "Talks break off");
            talksOpen = dip.talksOpen;
        }
        if (dip.resolutionDay == d) {
            mark(d, "offramp", "The Security Council adopts a resolution");
        }
        if (tally.vetoes > vetoes) {
            mark(d, "offramp", "A Council draft is vetoed");
        }
        if (tally.ended()) {
            mark(d, "ending", tally.outcome + ": " + tally.trigger.description());
        }
        misattributions = tally.misattributions;
        accidents = tally.accidents;
        vetoes = tally.vetoes;
    }

    private void mark(int day, String kind, String label) {
        markers.add(new Timeline.Marker(day, kind, label));
    }

    /** The timeline so far. @return the series of the days played and their markers */
    Timeline timeline() {
        List<Timeline.Series> series = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            series.add(new Timeline.Series(NAMES[i], LABELS[i], UNITS[i], GROUPS[i], Arrays.copyOf(values[i], days)));
        }
        return new Timeline(series, markers);
    }
}
