package org.offramp.standoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionTest {
    @Test
    void repertoiresPartitionTheActionsAndStartWithTheHold() {
        List<Action> union = new ArrayList<>();
        for (Actor a : Actor.ALL) {
            List<Action> r = Action.of(a);
            assertTrue(r.size() >= 4, a + " has only " + r.size() + " actions");
            assertTrue(r.get(0).isHold(), a + "'s first action is " + r.get(0));
            assertEquals(1, r.stream().filter(Action::isHold).count(), a + " has one hold");
            for (Action x : r) {
                assertEquals(a, x.actor());
            }
            union.addAll(r);
        }
        assertEquals(Action.ALL, union, "repertoires in actor order concatenate to all actions in declaration order");
        assertEquals(Action.COUNT, new HashSet<>(union).size());
    }

    @Test
    void repertoiresMatchTheDomainBrief() {
        assertEquals(List.of(Action.WASHINGTON_HOLD, Action.ADD_SANCTIONS, Action.DEPLOY_FORCES, Action.THREATEN_FORCE,
                Action.CYBER_OPERATION, Action.LIMITED_STRIKE, Action.STRIKE_CAMPAIGN, Action.OFFER_TALKS,
                Action.EASE_SANCTIONS), Action.of(Actor.WASHINGTON));
        assertEquals(List.of(Action.STAY_ALOOF, Action.VETO, Action.CO_SPONSOR_DIALOGUE, Action.SUPPORT_IRAN),
                Action.of(Actor.MOSCOW));
    }

    @Test
    void keysAreCamelCaseWithoutTheActorPrefix() {
        assertEquals("hold", Action.WASHINGTON_HOLD.key());
        assertEquals("hold", Action.IRGC_HOLD.key());
        assertEquals("addSanctions", Action.ADD_SANCTIONS.key());
        assertEquals("mineTanker", Action.MINE_TANKER.key());
        assertEquals("coSponsorDialogue", Action.CO_SPONSOR_DIALOGUE.key());
        assertEquals("veto", Action.VETO.key());
        assertEquals("stayAloof", Action.STAY_ALOOF.key());
    }

    @Test
    void keysAreUniqueWithinARepertoire() {
        // they name parameters such as tehran.propensity.acceptTalks
        for (Actor a : Actor.ALL) {
            Set<String> keys = new HashSet<>();
            for (Action x : Action.of(a)) {
                assertTrue(keys.add(x.key()), a + " has two actions keyed " + x.key());
                assertTrue(x.key().matches("[a-z][A-Za-z]*"), x.key());
            }
        }
    }

    @Test
    void hostilityRescalesGoldstein() {
        assertEquals(1.0, Action.hostilityOf(-10), 0);
        assertEquals(0.5, Action.hostilityOf(0), 0);
        assertEquals(0.0, Action.hostilityOf(10), 0);
        assertEquals(0.75, Action.hostilityOf(-5), 1e-15);
        assertEquals(1.1, Action.hostilityOf(-12), 1e-15, "not clamped");
        for (Action a : Action.ALL) {
            assertEquals(Action.hostilityOf(a.goldstein()), a.hostility(), 0);
            assertTrue(a.hostility() >= 0 && a.hostility() <= 1, a.toString());
            assertTrue(a.pain() >= 0 && a.pain() <= 1 && a.cost() >= 0 && a.cost() <= 1, a.toString());
            assertTrue(a.goldstein() >= -10 && a.goldstein() <= 10, a.toString());
        }
    }

    @Test
    void holdsAreNeutralAndDeniableActsAreMarked() {
        for (Action a : Action.ALL) {
            if (a.isHold()) {
                assertEquals(0.5, a.hostility(), 0, a.toString());
                assertEquals(0, a.pain(), 0);
            }
            assertEquals(a.kind() == Action.Kind.DENIABLE, a.deniable());
        }
        assertTrue(Action.MINE_TANKER.deniable());
        assertTrue(!Action.LIMITED_STRIKE.deniable());
    }
}
