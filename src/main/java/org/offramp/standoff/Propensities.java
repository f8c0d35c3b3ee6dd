package org.offramp.standoff;


/**
 * Baseline propensities (base utilities) of every action, with their reasons. A hold has
 * propensity 0; with the logit precision of 4, an act whose total utility is -0.6 is chosen on
 * about one day in ten against a hold of utility 0, and one at -1.15 on about one day in a hundred.
 * Each value below is chosen so that, under the day-0 conditions of the baseline, the act occurs at
 * the rate its reason states; the rates themselves are assumptions grounded where possible in
 * the tempo of May 2019 and the Tanker War base rates, both in {@code docs/calibration.md} (sections 2
 * and 3).
 */
final class Propensities {
    private Propensities() {
    }

    static double baseline(Action a) {
        return switch (a) {
            case WASHINGTON_HOLD, TEHRAN_HOLD, IRGC_HOLD, GULF_HOLD, UN_HOLD, STAY_ALOOF -> 0.0;
            case ADD_SANCTIONS -> -2.2;
            case DEPLOY_FORCES -> -1.4;
            case THREATEN_FORCE -> -1.2;
            case CYBER_OPERATION -> -1.1;
            case LIMITED_STRIKE -> -1.2;
            case STRIKE_CAMPAIGN -> -2.2;
            case OFFER_TALKS -> -2.0;
            case EASE_SANCTIONS -> -2.0;
            case ORDER_PROXY_OPS -> -1.2;
            case RESTRAIN_PROXIES -> -1.5;
            case NUCLEAR_STEP -> -1.85;
            case THREATEN_SHIPPING -> -0.8;
            case DIRECT_RETALIATION -> -1.9;
            case ACCEPT_TALKS -> -0.7;
            case REJECT_TALKS -> -0.8;
            case MINE_TANKER -> -2.55;
            case DRONE_STRIKE -> -2.6;
            case ROCKET_ATTACK -> -2.75;
            case MISSILE_SHIPMENT -> -2.45;
            case STAND_DOWN -> -2.5;
            case REQUEST_PROTECTION -> -1.4;
            case REFER_TO_COUNCIL -> -1.5;
            case BACKCHANNEL_TEHRAN -> -1.4;
            case RAISE_OIL_OUTPUT -> -1.3;
            case MEDIATE_YEMEN -> -2.2;
            case CONVENE_COUNCIL -> -3.5;
            case PROPOSE_FRAMEWORK -> -2.4;
            case VETO -> -2.0;
            case CO_SPONSOR_DIALOGUE -> -2.0;
            case SUPPORT_IRAN -> -2.0;
        };
    }

    static String reason(Action a) {
        return switch (a) {
            case WASHINGTON_HOLD, TEHRAN_HOLD, IRGC_HOLD, GULF_HOLD, UN_HOLD, STAY_ALOOF ->
                    "The reference utility: every other propensity is relative to holding.";
            case ADD_SANCTIONS -> "A new tranche about every six weeks: officials spoke of adding petrochemicals "
                    + "(Ignatius, May 2019); >700 designations came on 5 Nov 2018 alone (calibration §1).";
            case DEPLOY_FORCES -> "About one deployment a month at day-0 tension (carrier and bombers on 5 May 2019, "
                    + "calibration §2).";
            case THREATEN_FORCE -> "Warnings every few weeks, as in May 2019.";
            case CYBER_OPERATION -> "Washington was reportedly weighing deniable operations of its own, cyber among "
                    + "them (Ignatius, May 2019): about one every two months.";
            case LIMITED_STRIKE -> "Once an attack that kills Americans is attributed, about an even chance of a "
                    + "limited strike within two weeks at baseline restraint (Praying Mantis followed the mining of "
                    + "the Samuel B. Roberts within four days, calibration §3).";
            case STRIKE_CAMPAIGN -> "Less likely than a limited strike after a first attack at baseline appetite for "
                    + "a 'baseball bat'; dominant at full appetite (Ignatius, May 2019).";
            case OFFER_TALKS -> "Offers every few months: the President expected Iran to want talks soon (Ignatius, May 2019).";
            case EASE_SANCTIONS -> "Rare outside talks: officials talked of adding sanctions, not easing (Ignatius, May 2019).";
            case ORDER_PROXY_OPS -> "Orders renewed every month or two after Tehran's decision to confront (Ignatius, May 2019).";
            case RESTRAIN_PROXIES -> "Rare at day-0 tension; likely once strikes are exchanged (no raging fire, "
                    + "Ignatius, May 2019).";
            case NUCLEAR_STEP -> "About one step a month after the 8 May 2019 ultimatum (60 days to exceed 3.67%, "
                    + "calibration §2).";
            case THREATEN_SHIPPING -> "Threats every few weeks, as in May 2019.";
            case DIRECT_RETALIATION -> "After a US strike, about a two-in-three chance of a direct answer within two "
                    + "weeks (resistance doctrine; assumption).";
            case ACCEPT_TALKS -> "Where the refusal does not bind, about one chance in three of accepting a standing "
                    + "offer within a month without cover, much more with it.";
            case REJECT_TALKS -> "Explicit rejection within days of an offer while the Leader refuses (Ignatius, May 2019).";
            case MINE_TANKER -> "About one every seven weeks at day-0 orders: Fujairah (12 May 2019); the Tanker War "
                    + "averaged one ship attack a week over seven years (calibration §2, §3).";
            case DRONE_STRIKE -> "About one every seven weeks at day-0 orders: the East-West pipeline (14 May 2019, "
                    + "calibration §2).";
            case ROCKET_ATTACK -> "About one every two months at day-0 orders: Iraqi militias near US forces; the "
                    + "ordered departure from Iraq on 15 May 2019 (calibration §2).";
            case MISSILE_SHIPMENT -> "About one a month: new shipments were reported in early May 2019 (Ignatius, May 2019).";
            case STAND_DOWN -> "Rare while Tehran's orders stand; the Houthis' unilateral pull-out from Hodeidah "
                    + "(11-14 May 2019, calibration §4) shows it happens.";
            case REQUEST_PROTECTION -> "Requests follow attacks on their shipping and pipelines.";
            case REFER_TO_COUNCIL -> "Within a few weeks of an attack with the off-ramp available (Ignatius, May 2019).";
            case BACKCHANNEL_TEHRAN -> "Hedging contacts a few times a year, more as war looms.";
            case RAISE_OIL_OUTPUT -> "Output rises when disruption lifts prices.";
            case MEDIATE_YEMEN -> "The envoy's steady engagement after Hodeidah (calibration §4).";
            case CONVENE_COUNCIL -> "A referral is taken up within about a week.";
            case PROPOSE_FRAMEWORK -> "A proposal every year or so at day-0 tension, more often as the ladder rises.";
            case VETO -> "Moscow vetoes most drafts that name Iran (26 Feb 2018, calibration §4).";
            case CO_SPONSOR_DIALOGUE -> "An offer about once a year (Ignatius, May 2019 floats it).";
            case SUPPORT_IRAN -> "A deal every few months ('business as usual', calibration §4).";
        };
    }
}
