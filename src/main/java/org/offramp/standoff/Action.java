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
    /** Washington holds its course; rung {@link Rung#TALKS}, Goldstein 0.0. */
    WASHINGTON_HOLD(Actor.WASHINGTON, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** Washington adds sanctions (e.g. petrochemicals); rung {@link Rung#PRESSURE}, Goldstein -8.0. */
    ADD_SANCTIONS(Actor.WASHINGTON, "adds sanctions (e.g. petrochemicals)", Rung.PRESSURE, -8.0, "CAMEO 163 impose sanctions", 0.30, 0.05, Kind.HOSTILE),
    /** Washington deploys more forces to the Gulf; rung {@link Rung#POSTURING}, Goldstein -7.2. */
    DEPLOY_FORCES(Actor.WASHINGTON, "deploys more forces to the Gulf", Rung.POSTURING, -7.2, "CAMEO 154 mobilize armed forces", 0.10, 0.10, Kind.HOSTILE),
    /** Washington threatens Iran with force; rung {@link Rung#POSTURING}, Goldstein -7.0. */
    THREATEN_FORCE(Actor.WASHINGTON, "threatens Iran with force", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.02, 0.0, Kind.CHEAP_TALK),
    /** Washington runs a cyber operation against Iran; rung {@link Rung#GRAY_ZONE}, Goldstein -9.2. */
    CYBER_OPERATION(Actor.WASHINGTON, "runs a cyber operation against Iran", Rung.GRAY_ZONE, -9.2, "CAMEO 1712 destroy property (sabotage)", 0.25, 0.05, Kind.DENIABLE),
    /** Washington launches a limited strike on Iran; rung {@link Rung#LIMITED_STRIKE}, Goldstein -10.0. */
    LIMITED_STRIKE(Actor.WASHINGTON, "launches a limited strike on Iran", Rung.LIMITED_STRIKE, -10.0, "CAMEO 195 employ aerial weapons", 0.60, 0.30, Kind.HOSTILE),
    /** Washington wages a sustained strike campaign on Iran; rung {@link Rung#STRIKE_CAMPAIGN}, Goldstein -10.0. */
    STRIKE_CAMPAIGN(Actor.WASHINGTON, "wages a sustained strike campaign on Iran", Rung.STRIKE_CAMPAIGN, -10.0, "CAMEO 195 employ aerial weapons", 1.00, 0.60, Kind.HOSTILE),
    /** Washington offers talks; rung {@link Rung#TALKS}, Goldstein 4.0. */
    OFFER_TALKS(Actor.WASHINGTON, "offers talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.05, Kind.CONCILIATORY),
    /** Washington eases sanctions; rung {@link Rung#TALKS}, Goldstein 7.0. */
    EASE_SANCTIONS(Actor.WASHINGTON, "eases sanctions", Rung.TALKS, 7.0, "own (as CAMEO 085 ease sanctions)", 0, 0.20, Kind.CONCILIATORY),

    // ---- Tehran -------------------------------------------------------------------------------
    /** Tehran holds its course; rung {@link Rung#TALKS}, Goldstein 0.0. */
    TEHRAN_HOLD(Actor.TEHRAN, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** Tehran orders the IRGC and proxies to plan strikes; rung {@link Rung#POSTURING}, Goldstein -7.0. */
    ORDER_PROXY_OPS(Actor.TEHRAN, "orders the IRGC and proxies to plan strikes", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.10, 0.05, Kind.DENIABLE),
    /** Tehran orders the IRGC and proxies to stand down; rung {@link Rung#TALKS}, Goldstein 3.0. */
    RESTRAIN_PROXIES(Actor.TEHRAN, "orders the IRGC and proxies to stand down", Rung.TALKS, 3.0, "own (appeal for restraint, as CAMEO 020)", 0, 0.10, Kind.CONCILIATORY),
    /** Tehran takes a nuclear step beyond the deal's limits; rung {@link Rung#POSTURING}, Goldstein -5.0. */
    NUCLEAR_STEP(Actor.TEHRAN, "takes a nuclear step beyond the deal's limits", Rung.POSTURING, -5.0, "own (defiance between CAMEO 130 and 138)", 0.20, 0.10, Kind.HOSTILE),
    /** Tehran threatens to close the Strait of Hormuz; rung {@link Rung#POSTURING}, Goldstein -7.0. */
    THREATEN_SHIPPING(Actor.TEHRAN, "threatens to close the Strait of Hormuz", Rung.POSTURING, -7.0, "CAMEO 138 threaten with military force", 0.02, 0.0, Kind.CHEAP_TALK),
    /** Tehran retaliates directly against US forces; rung {@link Rung#LIMITED_STRIKE}, Goldstein -10.0. */
    DIRECT_RETALIATION(Actor.TEHRAN, "retaliates directly against US forces", Rung.LIMITED_STRIKE, -10.0, "CAMEO 195 employ aerial weapons", 0.60, 0.50, Kind.HOSTILE),
    /** Tehran accepts talks; rung {@link Rung#TALKS}, Goldstein 4.0. */
    ACCEPT_TALKS(Actor.TEHRAN, "accepts talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.30, Kind.CONCILIATORY),
    /** Tehran rejects talks; rung {@link Rung#PRESSURE}, Goldstein -4.0. */
    REJECT_TALKS(Actor.TEHRAN, "rejects talks", Rung.PRESSURE, -4.0, "own (CAMEO 12 reject)", 0.02, 0, Kind.HOSTILE),

    // ---- IRGC and proxies ---------------------------------------------------------------------
    /** The IRGC network holds its course; rung {@link Rung#TALKS}, Goldstein 0.0. */
    IRGC_HOLD(Actor.IRGC, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** The IRGC network mines a tanker in the Gulf; rung {@link Rung#GRAY_ZONE}, Goldstein -9.2. */
    MINE_TANKER(Actor.IRGC, "mines a tanker in the Gulf", Rung.GRAY_ZONE, -9.2, "CAMEO 171 seize or damage property", 0.30, 0.05, Kind.DENIABLE),
    /** The IRGC network strikes Gulf oil infrastructure with drones; rung {@link Rung#GRAY_ZONE}, Goldstein -10.0. */
    DRONE_STRIKE(Actor.IRGC, "strikes Gulf oil infrastructure with drones", Rung.GRAY_ZONE, -10.0, "CAMEO 195 employ aerial weapons", 0.35, 0.05, Kind.DENIABLE),
    /** The IRGC network fires rockets at US forces in Iraq; rung {@link Rung#GRAY_ZONE}, Goldstein -10.0. */
    ROCKET_ATTACK(Actor.IRGC, "fires rockets at US forces in Iraq", Rung.GRAY_ZONE, -10.0, "CAMEO 190 use conventional military force", 0.40, 0.10, Kind.DENIABLE),
    /** The IRGC network ships missiles to proxies; rung {@link Rung#POSTURING}, Goldstein -7.2. */
    MISSILE_SHIPMENT(Actor.IRGC, "ships missiles to proxies", Rung.POSTURING, -7.2, "CAMEO 154 mobilize armed forces", 0.10, 0.05, Kind.DENIABLE),
    /** The IRGC network stands its proxies down; rung {@link Rung#TALKS}, Goldstein 3.0. */
    STAND_DOWN(Actor.IRGC, "stands its proxies down", Rung.TALKS, 3.0, "own (de-escalation, as CAMEO 020)", 0, 0.05, Kind.CONCILIATORY),

    // ---- Gulf states --------------------------------------------------------------------------
    /** The Gulf bloc holds its course; rung {@link Rung#TALKS}, Goldstein 0.0. */
    GULF_HOLD(Actor.GULF, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** The Gulf bloc asks Washington for protection; rung {@link Rung#POSTURING}, Goldstein -3.0. */
    REQUEST_PROTECTION(Actor.GULF, "asks Washington for protection", Rung.POSTURING, -3.0, "own (appeal for military support, hostile to Iran)", 0.05, 0.02, Kind.HOSTILE),
    /** The Gulf bloc refers the attacks to the UN Security Council; rung {@link Rung#PRESSURE}, Goldstein -2.0. */
    REFER_TO_COUNCIL(Actor.GULF, "refers the attacks to the UN Security Council", Rung.PRESSURE, -2.0, "own (CAMEO 020 appeal, aimed at Iran)", 0.05, 0.02, Kind.OFF_RAMP),
    /** The Gulf bloc opens a back channel to Tehran; rung {@link Rung#TALKS}, Goldstein 4.0. */
    BACKCHANNEL_TEHRAN(Actor.GULF, "opens a back channel to Tehran", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.05, Kind.CONCILIATORY),
    /** The Gulf bloc raises oil output; rung {@link Rung#PRESSURE}, Goldstein -1.0. */
    RAISE_OIL_OUTPUT(Actor.GULF, "raises oil output", Rung.PRESSURE, -1.0, "own (displaces Iranian barrels)", 0.05, 0.05, Kind.HOSTILE),

    // ---- UN -------------------------------------------------------------------------------------
    /** The UN holds its course; rung {@link Rung#TALKS}, Goldstein 0.0. */
    UN_HOLD(Actor.UN, "holds its course", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** The UN mediates in Yemen; rung {@link Rung#TALKS}, Goldstein 5.0. */
    MEDIATE_YEMEN(Actor.UN, "mediates in Yemen", Rung.TALKS, 5.0, "own (mediation, CAMEO 04 consult family)", 0, 0.02, Kind.OFF_RAMP),
    /** The UN convenes the Security Council on the attacks; rung {@link Rung#TALKS}, Goldstein 3.0. */
    CONVENE_COUNCIL(Actor.UN, "convenes the Security Council on the attacks", Rung.TALKS, 3.0, "own (CAMEO 020 appeal)", 0, 0.02, Kind.OFF_RAMP),
    /** The UN proposes an off-ramp framework for talks; rung {@link Rung#TALKS}, Goldstein 4.0. */
    PROPOSE_FRAMEWORK(Actor.UN, "proposes an off-ramp framework for talks", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.02, Kind.OFF_RAMP),

    // ---- Moscow ---------------------------------------------------------------------------------
    /** Moscow stays aloof; rung {@link Rung#TALKS}, Goldstein 0.0. */
    STAY_ALOOF(Actor.MOSCOW, "stays aloof", Rung.TALKS, 0.0, "CAMEO 010 make statement", 0, 0, Kind.HOLD),
    /** Moscow vetoes the Security Council draft; rung {@link Rung#PRESSURE}, Goldstein -4.0. */
    VETO(Actor.MOSCOW, "vetoes the Security Council draft", Rung.PRESSURE, -4.0, "own (CAMEO 12 reject)", 0.05, 0.05, Kind.HOSTILE),
    /** Moscow offers to co-sponsor a dialogue with Washington; rung {@link Rung#TALKS}, Goldstein 4.0. */
    CO_SPONSOR_DIALOGUE(Actor.MOSCOW, "offers to co-sponsor a dialogue with Washington", Rung.TALKS, 4.0, "CAMEO 036 express intent to negotiate", 0, 0.02, Kind.OFF_RAMP),
    /** Moscow supports Iran with arms and trade; rung {@link Rung#PRESSURE}, Goldstein -4.0. */
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

    /**
     * {@return the repertoire of an actor, in declaration order; its first action is the actor's hold}
     *
     * @param actor the actor whose repertoire is wanted
     */
    public static List<Action> of(Actor actor) {
        return BY_ACTOR.get(actor);
    }

    /** {@return the actor whose act this is} */
    public Actor actor() {
        return actor;
    }

    /** {@return the act, as a predicate phrase for stories ("mines a tanker in the Gulf")} */
    public String phrase() {
        return phrase;
    }

    /** {@return the ladder rung the act belongs to} */
    public Rung rung() {
        return rung;
    }

    /** {@return the intensity on the Goldstein scale, -10 (most conflictual) to +10 (most cooperative)} */
    public double goldstein() {
        return goldstein;
    }

    /** {@return where {@link #goldstein()} comes from: a CAMEO code, or "own" with a reason} */
    public String intensitySource() {
        return intensitySource;
    }

    /** {@return the harm the act does the adversary, on [0, 1]} */
    public double pain() {
        return pain;
    }

    /** {@return what the act costs its author, on [0, 1]} */
    public double cost() {
        return cost;
    }

    /** {@return what sort of act this is} */
    public Kind kind() {
        return kind;
    }

    /** {@return true when the author can deny the act} */
    public boolean deniable() {
        return kind == Kind.DENIABLE;
    }

    /** {@return true for a hold} */
    public boolean isHold() {
        return kind == Kind.HOLD;
    }

    /** {@return the lower-case key used in parameter paths ("mine_tanker" becomes {@code mineTanker})} */
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
     *
     * @return the hostility, 1 for Goldstein -10, 0.5 for 0 and 0 for +10
     */
    public double hostility() {
        return hostilityOf(goldstein);
    }

    /**
     * {@return rescales a Goldstein intensity to hostility on [0, 1] (not clamped)}
     *
     * @param goldstein an intensity on the Goldstein scale, nominally -10 to +10
     */
    public static double hostilityOf(double goldstein) {
        return (10.0 - goldstein) / 20.0;
    }
}
