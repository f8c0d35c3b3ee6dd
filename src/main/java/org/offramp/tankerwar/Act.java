package org.offramp.tankerwar;

/**
 * Every act of every actor (design §7.1), with its rung on the US–Iran ladder (-1 for acts that do
 * not mark it), its Goldstein intensity and how others see it. Intensities are the CAMEO scores the
 * 2019 model uses where a code fits, and the model's own value otherwise.
 */
public enum Act {
    // Washington
    /** Nothing new. */ W_HOLD(TwActor.WASHINGTON, "holds", 0, 0, Kind.HOLD),
    /** More ships to the Gulf (CAMEO 154). */ DEPLOY(TwActor.WASHINGTON, "deploys more ships", 2, -7.2, Kind.HOSTILE),
    /** A mine-countermeasures effort (own value). */ SWEEP(TwActor.WASHINGTON, "sweeps the convoy route", 1, -1, Kind.HOSTILE),
    /** Fire on Iranian units caught in the act (CAMEO 190). */ ENGAGE(TwActor.WASHINGTON, "engages Iranian units caught in the act", 4, -10, Kind.HOSTILE),
    /** A strike on platforms or naval units (CAMEO 195). */ LIMITED_STRIKE(TwActor.WASHINGTON, "strikes Iranian platforms", 5, -10, Kind.HOSTILE),
    /** A sustained campaign (CAMEO 195). */ STRIKE_CAMPAIGN(TwActor.WASHINGTON, "wages a strike campaign", 6, -10, Kind.HOSTILE),
    /** Protection for friendly neutral ships (own value). */ WIDEN(TwActor.WASHINGTON, "widens protection to neutral ships", 2, -3, Kind.HOSTILE),
    /** A call for an enforcement resolution (own value). */ PRESS_COUNCIL(TwActor.WASHINGTON, "presses the Council for enforcement", 1, -4, Kind.OFFRAMP),
    // Tehran
    /** Nothing new. */ T_HOLD(TwActor.TEHRAN, "holds", 0, 0, Kind.HOLD),
    /** Orders the forces at sea to operate (CAMEO 138). */ ORDER_NAVAL(TwActor.TEHRAN, "orders its forces at sea to operate", -1, -7, Kind.SECRET),
    /** Orders them to stand down (own value). */ RESTRAIN_NAVAL(TwActor.TEHRAN, "orders its forces at sea to stand down", -1, 3, Kind.SECRET),
    /** A major ground offensive against Iraq (CAMEO 190). */ T_OFFENSIVE(TwActor.TEHRAN, "launches a ground offensive", -1, -10, Kind.HOSTILE),
    /** Fire on US forces (CAMEO 195). */ RETALIATE(TwActor.TEHRAN, "fires on US forces", 5, -10, Kind.HOSTILE),
    /** Accepts Resolution 598 (own value). */ ACCEPT(TwActor.TEHRAN, "accepts Resolution 598", 0, 7, Kind.OFFRAMP),
    /** Rejects it for now (own value). */ REJECT(TwActor.TEHRAN, "rejects Resolution 598 for now", 1, -4, Kind.HOSTILE),
    // IRGC
    /** Stands down. */ I_HOLD(TwActor.IRGC, "stand down", 0, 0, Kind.HOLD),
    /** A minelaying sortie (CAMEO 171). */ LAY_MINES(TwActor.IRGC, "lay mines", 3, -9.2, Kind.DENIABLE),
    /** An unmarked boat attack on a ship (CAMEO 190). */ BOAT_ATTACK(TwActor.IRGC, "attack a ship from unmarked boats", 3, -10, Kind.DENIABLE),
    /** A Silkworm strike near Kuwait (CAMEO 195). */ MISSILE(TwActor.IRGC, "fire a Silkworm near Kuwait", 4, -10, Kind.HOSTILE),
    /** Close approaches to US warships (CAMEO 138). */ HARASS(TwActor.IRGC, "harass US warships", 2, -7, Kind.TALK),
    // Iraq
    /** Nothing new. */ Q_HOLD(TwActor.IRAQ, "holds", 0, 0, Kind.HOLD),
    /** An air strike on Iran-bound shipping (CAMEO 195). */ AIR_STRIKE(TwActor.IRAQ, "strikes Iran-bound shipping from the air", -1, -10, Kind.HOSTILE),
    /** A raid on Iran's oil terminals (CAMEO 195). */ TERMINALS(TwActor.IRAQ, "raids Iran's oil terminals", -1, -10, Kind.HOSTILE),
    // Gulf
    /** Nothing new. */ G_HOLD(TwActor.GULF, "hold", 0, 0, Kind.HOLD),
    /** Facilities for US forces (own value). */ FACILITIES(TwActor.GULF, "grant facilities to US forces", -1, -3, Kind.HOSTILE),
    /** Own minesweeping and patrols (own value). */ GULF_SWEEP(TwActor.GULF, "sweep and patrol the channel", -1, -1, Kind.HOSTILE),
    /** Money for Iraq's war (own value). */ FINANCE_IRAQ(TwActor.GULF, "finance Iraq", -1, -4, Kind.HOSTILE),
    /** A hedge toward Tehran (CAMEO 036). */ BACKCHANNEL(TwActor.GULF, "open a back channel to Tehran", -1, 4, Kind.CONCILIATORY),
    /** A referral to the Council (own value). */ REFER(TwActor.GULF, "refer the war to the Council", -1, -2, Kind.OFFRAMP),
    // Moscow
    /** Nothing new. */ M_HOLD(TwActor.MOSCOW, "holds", 0, 0, Kind.HOLD),
    /** Arms for Iraq (own value). */ ARM_IRAQ(TwActor.MOSCOW, "arms Iraq", -1, -4, Kind.HOSTILE),
    /** Courts Tehran (CAMEO 036). */ COURT_TEHRAN(TwActor.MOSCOW, "courts Tehran", -1, 4, Kind.CONCILIATORY),
    /** Delays the enforcement draft (own value). */ DELAY_EMBARGO(TwActor.MOSCOW, "delays the enforcement draft", -1, -4, Kind.HOSTILE),
    /** Backs the Secretary-General (CAMEO 036). */ BACK_MEDIATION(TwActor.MOSCOW, "backs the Secretary-General's mediation", -1, 4, Kind.OFFRAMP),
    // UN
    /** Nothing new. */ U_HOLD(TwActor.UN, "waits", 0, 0, Kind.HOLD),
    /** Good offices (own value; CAMEO 045 for reference). */ MEDIATE(TwActor.UN, "mediates", -1, 5, Kind.OFFRAMP),
    /** A follow-up (enforcement) draft (own value). */ CONVENE(TwActor.UN, "tables an enforcement draft", -1, 3, Kind.OFFRAMP);

    /** How an act is seen. */
    public enum Kind {
        /** Nothing to see. */ HOLD,
        /** Seen by all and attributed to its actor. */ HOSTILE,
        /** Seen by all, attributed with error. */ DENIABLE,
        /** Words and gestures: seen by all, weighted by credibility. */ TALK,
        /** A friendly gesture. */ CONCILIATORY,
        /** A step toward the ceasefire. */ OFFRAMP,
        /** An order inside a state: seen by no one else. */ SECRET
    }

    private final TwActor actor;
    private final String text;
    private final int rung;
    private final double goldstein;
    private final Kind kind;

    Act(TwActor actor, String text, int rung, double goldstein, Kind kind) {
        this.actor = actor;
        this.text = text;
        this.rung = rung;
        this.goldstein = goldstein;
        this.kind = kind;
    }

    /** {@return whose act it is} */
    public TwActor actor() {
        return actor;
    }

    /** {@return the act as the predicate of a sentence} */
    public String text() {
        return text;
    }

    /** {@return its rung on the US–Iran ladder, or -1 if it does not mark the ladder} */
    public int rung() {
        return rung;
    }

    /** {@return its Goldstein intensity, in [-10, 10]} */
    public double goldstein() {
        return goldstein;
    }

    /** {@return how it is seen} */
    public Kind kind() {
        return kind;
    }

    /** {@return its true hostility on [0, 1]: Goldstein -10 is 1, +10 is 0} */
    public double hostility() {
        return (10 - goldstein) / 20;
    }
}
