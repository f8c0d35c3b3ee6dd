package org.offramp.standoff.world;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.decision.ActorView;

/**
 * An actor's view answers questions about its own state only; others' throw. Only Washington and
 * Tehran have a trigger, which stays live for its memory.
 */
class ActorViewAccessTest {
    private enum Accessor {
        RESTRAINT(v -> v.restraint(), EnumSet.of(Actor.WASHINGTON)),
        HARDLINERS(v -> v.hardliners(), EnumSet.of(Actor.WASHINGTON)),
        GATE_OPEN(v -> v.gateOpen(), EnumSet.of(Actor.WASHINGTON)),
        OPENNESS(v -> v.openness(), EnumSet.of(Actor.WASHINGTON)),
        LEADER_REFUSES_TALKS(v -> v.leaderRefusesTalks(), EnumSet.of(Actor.TEHRAN)),
        ORDERS(v -> v.orders(), EnumSet.of(Actor.TEHRAN, Actor.IRGC));

        final Consumer<ActorView> call;
        final Set<Actor> owners;

        Accessor(Consumer<ActorView> call, Set<Actor> owners) {
            this.call = call;
            this.owners = owners;
        }
    }

    @ParameterizedTest
    @EnumSource(Accessor.class)
    void onlyTheOwnerMayReadActorSpecificState(Accessor accessor) {
        World world = new World(Scenarios.load("baseline"), 42L, Chronicle.OFF);
        world.beginDay(0);
        for (Actor a : Actor.ALL) {
            ActorView v = world.view(a);
            if (accessor.owners.contains(a)) {
                assertDoesNotThrow(() -> accessor.call.accept(v), a + " reading its own " + accessor);
            } else {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> accessor.call.accept(v),
                        a + " read " + accessor);
                assertTrue(e.getMessage().contains(a.label()), "the message names the viewer: " + e.getMessage());
            }
        }
    }

    private static void holdExcept(World w, Action... acts) {
        for (Actor a : Actor.ALL) {
            Action chosen = Action.of(a).get(0);
            for (Action x : acts) {
                if (x.actor() == a) {
                    chosen = x;
                }
            }
            w.submit(a, chosen);
        }
    }

    /**
     * On day 0 Washington strikes Iran and Tehran strikes US forces, each the other's trigger; then
     * everyone holds. The triggers fire in day 0's resolution, so from day 1 each side's view is
     * triggered, with freshness 1 − days since / memory, until its memory (14 days) runs out; the
     * other actors, who have no trigger, are never triggered.
     */
    @Test
    void triggersLastTheirMemoryAndOnlyWashingtonAndTehranHaveOne() {
        Scenario s = Scenarios.load("baseline");
        World world = new World(s, 42L, Chronicle.OFF);
        world.beginDay(0);
        for (Actor a : Actor.ALL) {
            assertFalse(world.view(a).triggered(), a + " before any strike");
        }
        holdExcept(world, Action.LIMITED_STRIKE, Action.DIRECT_RETALIATION);
        world.resolveDay();
        Map<Actor, Integer> memory = Map.of(Actor.WASHINGTON, s.integer(Params.WASHINGTON_TRIGGER_DAYS),
                Actor.TEHRAN, s.integer(Params.TEHRAN_TRIGGER_DAYS));
        int last = Math.max(memory.get(Actor.WASHINGTON), memory.get(Actor.TEHRAN));
        for (int d = 1; d <= last; d++) {
            assertFalse(world.ended(), "the run ended on day " + world.day());
            world.beginDay(d);
            for (Actor a : Actor.ALL) {
                ActorView v = world.view(a);
                Integer m = memory.get(a);
                boolean live = m != null && d < m;
                assertEquals(live, v.triggered(), a + " triggered on day " + d);
                assertEquals(live ? 1 - d / (double) m : 0, v.triggerFreshness(), 1e-12, a + " freshness on day " + d);
            }
            // Tehran's own strike, not a proxy's: the "first strike" the punch-in-the-nose answers
            assertEquals(d < memory.get(Actor.WASHINGTON), world.view(Actor.WASHINGTON).triggeredByState(),
                    "Washington triggered by the state on day " + d);
            holdExcept(world);
            world.resolveDay();
        }
    }
}
