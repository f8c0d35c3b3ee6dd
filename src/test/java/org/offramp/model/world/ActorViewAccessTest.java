package org.offramp.model.world;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offramp.model.Actor;
import org.offramp.model.decision.ActorView;
import org.offramp.scenario.Scenario;

/** An actor's view answers questions about its own state only; others' throw. */
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
        World world = new World(Scenario.baselineValues(), 42L, Chronicle.OFF);
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

    @ParameterizedTest
    @EnumSource(value = Actor.class, names = {"IRGC", "GULF", "UN", "MOSCOW"})
    void onlyWashingtonAndTehranHaveATrigger(Actor a) {
        World world = new World(Scenario.baselineValues(), 42L, Chronicle.OFF);
        world.beginDay(0);
        assertFalse(world.view(a).triggered());
        assertTrue(world.view(a).triggerFreshness() == 0);
    }
}
