package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.PERCEPTION;

import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Rung;
import org.offramp.standoff.perception.Beliefs;
import org.offramp.standoff.perception.RevealedTruth;

/**
 * Phase 3, second step: what each actor observes of the others' acts (noisy readings of hostility
 * and resolve, with biases), whom it blames for deniable acts and incidents ({@link Camps}), the
 * provocation it feels and the triggers that fire; and the revealed truth the beliefs aim at. A
 * mechanic of {@link World}.
 */
final class Observation {
    /** The actors in order: an array, so that the daily loops allocate no iterator. */
    private static final Actor[] ACTORS = Actor.ALL.toArray(new Actor[0]);
    private static final double HOLD_HOSTILITY = Action.hostilityOf(0);

    private final WorldTerms t;
    private final Chronicle story;
    private final RunStreams streams;
    private final Beliefs beliefs;
    private final RevealedTruth truth;
    private final Today today;
    private final CrisisState c;
    private final Tally tally;

    Observation(WorldTerms t, Chronicle story, RunStreams streams, Beliefs beliefs, RevealedTruth truth, Today today,
            CrisisState c, Tally tally) {
        this.t = t;
        this.story = story;
        this.streams = streams;
        this.beliefs = beliefs;
        this.truth = truth;
        this.today = today;
        this.c = c;
        this.tally = tally;
    }

    private double noiseSd(Actor observer, Actor target) {
        return t.noiseSd(observer, target);
    }

    private double accuracy(Actor observer) {
        return t.accuracy[observer.ordinal()];
    }

    private double displayedResolve(Actor author, Action a) {
        double r = c.resolve[author.ordinal()];
        return a.kind() == Action.Kind.CHEAP_TALK ? Math.min(1, r + t.bluff[author.ordinal()]) : r;
    }

    double weight(Action a) {
        return a.kind() == Action.Kind.CHEAP_TALK ? t.credibility[a.actor().ordinal()] : 1.0;
    }

    void observe() {
        double provocationMemory = t.perceptionProvocationMemory;
        for (Actor j : ACTORS) {
            Action a = today.acts[j.ordinal()];
            truth.record(j, a.hostility(), c.resolve[j.ordinal()], weight(a));
        }
        for (Actor o : ACTORS) {
            double worst = 0;
            RandomStream attributionRng = streams.attribution(o);
            for (Actor j : ACTORS) {
                if (j == o) {
                    continue;
                }
                Action a = today.acts[j.ordinal()];
                RandomStream noise = streams.perception(o, j);
                double e1 = noise.nextGaussian();
                double e2 = noise.nextGaussian();
                double sd = noiseSd(o, j);
                double var = sd * sd;
                Actor blamed = j;
                if (a.deniable()) {
                    double u = attributionRng.nextDouble();
                    double acc = accuracy(o);
                    if (u >= acc) {
                        Actor goat = Camps.scapegoat(j);
                        boolean wrong = u < acc + (1 - acc) * t.wrongShare[o.ordinal()];
                        blamed = wrong && goat != null && goat != o ? goat : null;
                        if (blamed == null && o == Actor.WASHINGTON && a == Action.ROCKET_ATTACK && today.rocketLethalToday) {
                            // Americans were killed: Washington does not leave it unattributed but blames its
                            // usual suspect, the Iranian state
                            blamed = Camps.usualSuspect(o);
                        }
                    }
                }
                double resolveSignal = displayedResolve(j, a);
                double perceived = Double.NaN;
                if (blamed == j) {
                    double h = a.hostility() + sd * e1 + t.hostilityBias[o.ordinal() * Actor.COUNT + j.ordinal()];
                    perceived = h;
                    beliefs.observe(o, j, h, resolveSignal + sd * e2 + t.resolveBias[o.ordinal() * Actor.COUNT + j.ordinal()], weight(a), var);
                    worst = Math.max(worst, severity(o, j, a, h));
                } else {
                    // the author appears to have held its course
                    beliefs.observe(o, j, HOLD_HOSTILITY + sd * e1 + t.hostilityBias[o.ordinal() * Actor.COUNT + j.ordinal()],
                            resolveSignal + sd * e2 + t.resolveBias[o.ordinal() * Actor.COUNT + j.ordinal()], 1.0, var);
                    if (blamed != null) {
                        tally.misattributions++;
                        double sdk = noiseSd(o, blamed);
                        RandomStream noiseK = streams.misattribution(o);
                        double h = a.hostility() + sdk * noiseK.nextGaussian() + t.hostilityBias[o.ordinal() * Actor.COUNT + blamed.ordinal()];
                        perceived = h;
                        beliefs.observe(o, blamed, h, resolveSignal + sdk * noiseK.nextGaussian()
                                + t.resolveBias[o.ordinal() * Actor.COUNT + blamed.ordinal()], 1.0, sdk * sdk);
                        worst = Math.max(worst, severity(o, blamed, a, h));
                        if (story.on() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
                            story.add(today.day, PERCEPTION, o.subject() + " blames " + blamed.label() + " for what "
                                    + j.label() + " did (" + a.phrase() + ").");
                        }
                    } else if (story.on() && a.deniable() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
                        story.add(today.day, PERCEPTION, o.label() + " cannot tell who " + a.phrase() + ".");
                    }
                }
                if (blamed != null) {
                    fireTriggers(o, blamed, a, perceived);
                }
            }
            if (today.incidentToday) {
                worst = Math.max(worst, observeIncident(o, attributionRng));
            }
            beliefs.feelProvocation(o, worst, provocationMemory);
        }
    }

    private double severity(Actor observer, Actor blamed, Action a, double perceivedHostility) {
        if (!Camps.adversaries(observer, blamed) || a.pain() <= 0) {
            return 0;
        }
        double sev = Math.max(0, Math.min(1, 2 * (perceivedHostility - 0.5)));
        return a.rung().level() >= Rung.GRAY_ZONE.level() ? sev : t.perceptionMinorSeverity * sev;
    }

    private void fireTriggers(Actor observer, Actor blamed, Action a, double perceivedHostility) {
        // an attack on US forces read as lethal: it was, or it looked bad enough to be reported so
        boolean seenLethal = a == Action.ROCKET_ATTACK
                && (today.rocketLethalToday || perceivedHostility >= t.perceptionLethalityThreshold);
        if (observer == Actor.WASHINGTON && Camps.iranian(blamed)
                && (a == Action.DIRECT_RETALIATION || seenLethal)) {
            if (blamed == Actor.TEHRAN) {
                beliefs.fireStateTrigger(Actor.WASHINGTON, today.day);
            } else {
                beliefs.fireTrigger(Actor.WASHINGTON, today.day);
            }
        }
        if (observer == Actor.TEHRAN && blamed == Actor.WASHINGTON
                && (a == Action.LIMITED_STRIKE || a == Action.STRIKE_CAMPAIGN)) {
            beliefs.fireTrigger(Actor.TEHRAN, today.day);
        }
    }

    private double observeIncident(Actor o, RandomStream attributionRng) {
        double u = attributionRng.nextDouble();
        double acc = accuracy(o);
        Actor suspect = Camps.usualSuspect(o);
        if (u < acc || suspect == null || u >= acc + (1 - acc) * t.wrongShare[o.ordinal()]) {
            return 0;
        }
        tally.misattributions++;
        double sd = noiseSd(o, suspect);
        RandomStream noise = streams.misattribution(o);
        double h = 1.0 + sd * noise.nextGaussian() + t.hostilityBias[o.ordinal() * Actor.COUNT + suspect.ordinal()];
        beliefs.observe(o, suspect, h, beliefs.resolve(o, suspect), 1.0, sd * sd);
        boolean ownVictims = o == Actor.WASHINGTON ? today.incidentUsVictims : o == Actor.TEHRAN && !today.incidentUsVictims;
        if (today.incidentLethal && ownVictims && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
            // an incident taken for an attack is blamed on the adversary state itself
            beliefs.fireStateTrigger(o, today.day);
        }
        if (story.on() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
            story.add(today.day, PERCEPTION, o.label() + " takes the incident for a deliberate attack by "
                    + suspect.label() + ".");
        }
        return today.incidentLethal ? 1.0 : 0.6;
    }
}
