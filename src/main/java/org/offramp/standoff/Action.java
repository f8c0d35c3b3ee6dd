package org.offramp.standoff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every act an actor can take on a day, with the attributes that the decision rules and the
 * perception model read.
 *
 * <p><b>Intensity.</b> Each act carries an intensity on the Goldstein conflict–cooperation scale
 * (-10 to +10) of the CAMEO event code named in its description, scored toward the opposite camp
 * of the standoff (Washington and the Gulf states on one side; Tehran and the IRGC on the other;
 * the UN and Moscow scored by how their act bears on Washington's pressure campaign). Values
 * marked "CAMEO" are the Goldstein scores of those codes in the GDELT lookup of the scale
 * ({@code docs/calibration.md} §6); values for acts with no close CAMEO code are this model's own
 * and marked "own" ({@code docs/ODD.md} §7.1).
 *
 * <p><b>Pain and cost</b> are on [0, 1]: the harm the act does the adversary and what it costs the
 * actor itself (money, face, exposure), as the actors' decision rules weigh them.
 *
 * <p>Instances are constants and safe to share between threads.
 */
public enum Action {
    // ---- Washington ---------------------------------------------------------------------------
    WASHINGTON_HOLD(Actor.WASHINGTON, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    ADD_SANCTIONS(Actor.WASHINGTON, "adds sanctions (e.g. petrochemicals)", Rung.PRESSURE, -8.0, "CAMEO 163 impose sanctions", 0.30, 0.05, Kind.HOSTILE),
    DEPLOY_FORCES(Actor.WASHINGTON, "deploys more forces to the Gulf", Rung.POSTURING, -7.2, "CAMEO 154 mobilize armed forces", 0.10, 0.10, Kind.HOSTILE),
    THREATEN_FORCE(Actor.WASHINGTON, "threatens Iran with force", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.02, 0.0, Kind.CHEAP_TALK),
    CYBER_OPERATION(Actor.WASHINGTON, "runs a cyber operation against Iran", Rung.GRAY_ZONE, -9.2, "CAMEO 1712 destroy property (sabotage)", 0.25, 0.05, Kind.DENIABLE),
    LIMITED_STRIKE(Actor.WASHINGTON, "launches a limited strike on Iran", Rung.LIMITED_STRIKE, -10.0, "CAMEO 195 employ aerial weapons", 0.60, 0.30, Kind.HOSTILE),
    STRIKE_CAMPAIGN(Actor.WASHINGTON, "wages a sustained strike campaign on Iran", Rung.STRIKE_CAMPAIGN, -10.0, "CAMEO 195 employ aerial weapons", 1.00, 0.60, Kind.HOSTILE),
    OFFER_TALKS(Actor.WASHINGTON, "offers talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.05, Kind.CONCILIATORY),
    EASE_SANCTIONS(Actor.WASHINGTON, "eases sanctions", Rung.TALKS, 7.0, "own (as CAMEO 085 ease sanctions)", 0, 0.20, Kind.CONCILIATORY),

    // ---- Tehran -------------------------------------------------------------------------------
    TEHRAN_HOLD(Actor.TEHRAN, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    ORDER_PROXY_OPS(Actor.TEHRAN, "orders the IRGC and proxies to plan strikes", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.10, 0.05, Kind.DENIABLE),
    RESTRAIN_PROXIES(Actor.TEHRAN, "orders the IRGC and proxies to stand down", Rung.TALKS, 3.0, "own (appeal for restraint, as CAMEO 020)", 0, 0.10, Kind.CONCILIATORY),
    NUCLEAR_STEP(Actor.TEHRAN, "takes a nuclear step beyond the deal's limits", Rung.POSTURING, -5.0, "own (defiance between CAMEO 130 and 138)", 0.20, 0.10, Kind.HOSTILE),
    THREATEN_SHIPPING(Actor.TEHRAN, "threatens to close the Strait of Hormuz", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.02, 0.0, Kind.CHEAP_TALK),
    DIRECT_RETALIATION(Actor.TEHRAN, "retaliates directly against US forces", Rung.LIMITED_STRIKE, -10.0, "CAMEO 195 employ aerial weapons", 0.60, 0.50, Kind.HOSTILE),
    ACCEPT_TALKS(Actor.TEHRAN, "accepts talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.30, Kind.CONCILIATORY),
    REJECT_TALKS(Actor.TEHRAN, "rejects talks", Rung.PRESSURE, -4.0, "own (CAMEO 12 reject)", 0.02, 0, Kind.HOSTILE),

    // ---- IRGC and proxies ---------------------------------------------------------------------
    IRGC_HOLD(Actor.IRGC, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    MINE_TANKER(Actor.IRGC, "mines a tanker in the Gulf", Rung.GRAY_ZONE, -9.2, "CAMEO 171 seize or damage property", 0.30, 0.05, Kind.DENIABLE),
    DRONE_STRIKE(Actor.IRGC, "strikes Gulf oil infrastructure with drones", Rung.GRAY_ZONE, -10.0, "CAMEO 195 employ aerial weapons", 0.35, 0.05, Kind.DENIABLE),
    ROCKET_ATTACK(Actor.IRGC, "fires rockets at US forces in Iraq", Rung.GRAY_ZONE, -10.0, "CAMEO 190 use conventional military force", 0.40, 0.10, Kind.DENIABLE),
    MISSILE_SHIPMENT(Actor.IRGC, "ships missiles to proxies", Rung.POSTURING, -7.2, "CAMEO 154 mobilize armed forces", 0.10, 0.05, Kind.DENIABLE),
    STAND_DOWN(Actor.IRGC, "stands its proxies down", Rung.TALKS, 3.0, "own (de-escalation, as CAMEO 020)", 0, 0.05, Kind.CONCILIATORY),

    // ---- Gulf states --------------------------------------------------------------------------
    GULF_HOLD(Actor.GULF, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    REQUEST_PROTECTION(Actor.GULF, "asks Washington for protection", Rung.POSTURING, -3.0, "own (appeal for military support, hostile to Iran)", 0.05, 0.02, Kind.HOSTILE),
    REFER_TO_COUNCIL(Actor.GULF, "refers the attacks to the UN Security Council", Rung.PRESSURE, -2.0, "own (CAMEO 020 appeal, aimed at Iran)", 0.05, 0.02, Kind.OFF_RAMP),
    BACKCHANNEL_TEHRAN(Actor.GULF, "opens a back channel to Tehran", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.05, Kind.CONCILIATORY),
    RAISE_OIL_OUTPUT(Actor.GULF, "raises oil output", Rung.PRESSURE, -1.0, "own (displaces Iranian barrels)", 0.05, 0.05, Kind.HOSTILE),

    // ---- UN -------------------------------------------------------------------------------------
    UN_HOLD(Actor.UN, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    MEDIATE_YEMEN(Actor.UN, "mediates in Yemen", Rung.TALKS, 5.0, "own (mediation, CAMEO 04 consult family)", 0, 0.02, Kind.OFF_RAMP),
    CONVENE_COUNCIL(Actor.UN, "convenes the Security Council on the attacks", Rung.TALKS, 3.0, "own (CAMEO 020 appeal)", 0, 0.02, Kind.OFF_RAMP),
    PROPOSE_FRAMEWORK(Actor.UN, "proposes an off-ramp framework for talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.02, Kind.OFF_RAMP),

    // ---- Moscow ---------------------------------------------------------------------------------
    STAY_ALOOF(Actor.MOSCOW, "stays aloof", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    VETO(Actor.MOSCOW, "vetoes the Security Council draft", Rung.PRESSURE, -4.0, "own (CAMEO 12 reject)", 0.05, 0.05, Kind.HOSTILE),
    CO_SPONSOR_DIALOGUE(Actor.MOSCOW, "offers to co-sponsor a dialogue with Washington", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.02, Kind.OFF_RAMP),
    SUPPORT_IRAN(Actor.MOSCOW, "supports Iran with arms and trade", Rung.PRESSURE, -4.0, "own (defiance of the sanctions regime)", 0.05, 0.05, Kind.HOSTILE);

    /** What sort of act this is, which governs how others observe it. */
    public enum Kind {
        /** No new act: the actor keeps its course. */
        HOLD,
        /** A public hostile act, always attributed to its author. */
        HOSTILE,
        /** A hostile act its author can deny: attributed to it only with some probability. */
        DENIABLE,
        /** A public statement of intent; observed, but weighted by its credibility. */
        CHEAP_TALK,
        /** A public step toward talks or de-escalation. */
        CONCILIATORY,
        /** A public step that engages one of the off-ramps of the article. */
        OFF_RAMP
    }

    /** All actions in their fixed order; an unmodifiable list. */
    public static final List<Action> ALL = List.of(values());
    /** The number of actions. */
    public static final int COUNT = ALL.size();
    private static final Map<Actor, List<Action>> BY_ACTOR;

    static {
        Map<Actor, List<Action>> m = new EnumMap<>(Actor.class);
        for (Actor a : Actor.ALL) {
            List<Action> list = new ArrayList<>();
            for (Action x : values()) {
                if (x.actor == a) {
                    list.add(x);
                }
            }
            m.put(a, Collections.unmodifiableList(list));
        }
        BY_ACTOR = Collections.unmodifiableMap(m);
    }

    private final Actor actor;
    private final String phrase;
    private final Rung rung;
    private final double goldstein;
    private final String intensitySource;
    private final double pain;
    private final double cost;
    private final Kind kind;

    Action(Actor actor, String phrase, Rung rung, double goldstein, String intensitySource,
           double pain, double cost, Kind kind) {
        this.actor = actor;
        this.phrase = phrase;
        this.rung = rung;
        this.goldstein = goldstein;
        this.intensitySource = intensitySource;
        this.pain = pain;
        this.cost = cost;
        this.kind = kind;
    }

    /** The repertoire of an actor, in declaration order; its first action is the actor's hold. */
    public static List<Action> of(Actor actor) {
        return BY_ACTOR.get(actor);
    }

    /** The actor whose act this is. */
    public Actor actor() {
        return actor;
    }

    /** The act, as a predicate phrase for stories ("mines a tanker in the Gulf"). */
    public String phrase() {
        return phrase;
    }

    /** The ladder rung the act belongs to. */
    public Rung rung() {
        return rung;
    }

    /** The intensity on the Goldstein scale, -10 (most conflictual) to +10 (most cooperative). */
    public double goldstein() {
        return goldstein;
    }

    /** Where {@link #goldstein()} comes from: a CAMEO code, or "own" with a reason. */
    public String intensitySource() {
        return intensitySource;
    }

    /** The harm the act does the adversary, on [0, 1]. */
    public double pain() {
        return pain;
    }

    /** What the act costs its author, on [0, 1]. */
    public double cost() {
        return cost;
    }

    /** What sort of act this is. */
    public Kind kind() {
        return kind;
    }

    /** True when the author can deny the act. */
    public boolean deniable() {
        return kind == Kind.DENIABLE;
    }

    /** True for a hold. */
    public boolean isHold() {
        return kind == Kind.HOLD;
    }

    /** The lower-case key used in parameter paths ("mine_tanker" becomes {@code mineTanker}). */
    public String key() {
        String n = name();
        String prefix = actor.name() + "_";
        if (n.startsWith(prefix)) {
            n = n.substring(prefix.length());
        }
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : n.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    /**
     * The act's hostility on [0, 1]: the Goldstein intensity rescaled so that -10 maps to 1,
     * 0 to 0.5 and +10 to 0. Beliefs about hostility live on this scale.
     */
    public double hostility() {
        return hostilityOf(goldstein);
    }

    /** Rescales a Goldstein intensity to hostility on [0, 1] (not clamped). */
    public static double hostilityOf(double goldstein) {
        return (10.0 - goldstein) / 20.0;
    }
}
