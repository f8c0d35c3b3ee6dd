package org.offramp.standoff.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offramp.model.Timeline;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Successor;
import org.offramp.standoff.world.World;

/**
 * Writes down a standoff run day by day, for its {@link Timeline}: after each day is resolved (and on
 * a day a shock ends the run as it begins), the
 * ladder rung, Iran's economy and stability, the oil price, and Washington's and Tehran's perceived
 * hostility of each other next to the hostility each has revealed; and, from the day's change in the
 * world's counts, markers for attacks, misattributions, accidents, off-ramps (acts of the off-ramp
 * kind), the US election and the succession in Tehran.
 *
 * <p>It only reads the world, so a replay that records its timeline is the same run as one that
 * does not. Not thread-safe; one recorder per run.
 */
final class TimelineRecorder {
    private final List<Double> rung = new ArrayList<>();
    private final List<Double> economy = new ArrayList<>();
    private final List<Double> stability = new ArrayList<>();
    private final List<Double> oil = new ArrayList<>();
    private final List<Double> usSeesIran = new ArrayList<>();
    private final List<Double> iranRevealed = new ArrayList<>();
    private final List<Double> iranSeesUs = new ArrayList<>();
    private final List<Double> usRevealed = new ArrayList<>();
    private final List<Timeline.Marker> markers = new ArrayList<>();
    private int attacks;
    private int misattributions;
    private int accidents;
    private final int[] offRamps = new int[Action.COUNT];
    private ElectionResult election = ElectionResult.NOT_REACHED;
    private Successor successor = Successor.NONE;

    /**
     * Writes down the day just played.
     *
     * @param world the run's world, after its day was resolved or ended
     */
    void afterDay(World world) {
        int day = world.day();
        rung.add((double) world.ladder().level());
        economy.add(world.economy());
        stability.add(world.stability());
        oil.add(world.oilPriceToday());
        usSeesIran.add(world.beliefs().hostility(Actor.WASHINGTON, Actor.TEHRAN));
        iranRevealed.add(revealed(world, Actor.TEHRAN));
        iranSeesUs.add(world.beliefs().hostility(Actor.TEHRAN, Actor.WASHINGTON));
        usRevealed.add(revealed(world, Actor.WASHINGTON));
        mark(day, "attack", world.attacks() - attacks, "attack");
        attacks = world.attacks();
        mark(day, "misattribution", world.misattributions() - misattributions, "misattribution");
        misattributions = world.misattributions();
        mark(day, "accident", world.accidents() - accidents, "unintended incident");
        accidents = world.accidents();
        for (Action a : Action.ALL) {
            if (a.kind() == Action.Kind.OFF_RAMP) {
                int n = world.actionCount(a);
                if (n > offRamps[a.ordinal()]) {
                    markers.add(new Timeline.Marker(day, "offramp", a.actor().subject() + " " + a.phrase()));
                }
                offRamps[a.ordinal()] = n;
            }
        }
        if (world.election() != election) {
            election = world.election();
            markers.add(new Timeline.Marker(day, "election", "US election: "
                    + (election == ElectionResult.REELECTED ? "the President is re-elected" : "a new administration")));
        }
        if (world.successor() != successor) {
            successor = world.successor();
            markers.add(new Timeline.Marker(day, "succession", "succession in Tehran: a "
                    + successor.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " successor"));
        }
    }

    /** NaN before the actor has acted: its revealed hostility is not defined yet. */
    private static double revealed(World world, Actor actor) {
        return world.truth().revealed(actor) ? world.truth().hostility(actor) : Double.NaN;
    }

    private void mark(int day, String kind, int count, String what) {
        if (count > 0) {
            markers.add(new Timeline.Marker(day, kind, count == 1 ? what : count + " x " + what));
        }
    }

    /**
     * The timeline written down so far.
     *
     * @return the series, one value per resolved day from day 0, and the markers in day order
     */
    Timeline timeline() {
        return new Timeline(List.of(
                series("rung", "Ladder rung", "rung 0-7", "Escalation ladder", rung),
                series("economy", "Iran's economy", "0-1", "Iran", economy),
                series("stability", "Iran's stability", "0-1", "Iran", stability),
                series("oil", "Oil price", "US$ per barrel", "Oil", oil),
                series("us_sees_iran", "Washington's view of Tehran's hostility", "0-1",
                        "Perceived hostility", usSeesIran),
                series("iran_true", "Tehran's revealed hostility", "0-1", "Perceived hostility",
                        iranRevealed),
                series("iran_sees_us", "Tehran's view of Washington's hostility", "0-1",
                        "Perceived hostility", iranSeesUs),
                series("us_true", "Washington's revealed hostility", "0-1", "Perceived hostility",
                        usRevealed)),
                markers);
    }

    private static Timeline.Series series(String name, String label, String unit, String group, List<Double> v) {
        return new Timeline.Series(name, label, unit, group, v.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
