package org.offramp.standoff.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;

/**
 * Ensembles of runs shared by the statistical tests of this package, computed once per JVM: run i of
 * a scenario has seed {@code Seeds.runSeed(MASTER, i)}. Runs go in parallel (they are independent and
 * thread-safe) and are kept in index order, so every result is the same on any machine.
 */
final class Ensembles {
    /** The fixed master seed of the statistical tests. */
    static final long MASTER = 20190517L;

    private static final Map<String, List<StandoffRecord>> CACHE = new ConcurrentHashMap<>();

    private Ensembles() {
    }

    /** The first {@code n} runs of the embedded scenario {@code name}. */
    static List<StandoffRecord> runs(String name, int n) {
        List<StandoffRecord> have = CACHE.get(name);
        if (have == null || have.size() < n) {
            var scenario = Scenarios.load(name);
            have = IntStream.range(0, n).parallel()
                    .mapToObj(i -> Simulation.run(scenario, Seeds.runSeed(MASTER, i))).toList();
            CACHE.put(name, have);
        }
        return have.subList(0, n);
    }

    /** How often each outcome occurs among the records. */
    static Map<Outcome, Integer> outcomes(List<StandoffRecord> records) {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.ALL) {
            m.put(o, 0);
        }
        for (StandoffRecord r : records) {
            m.merge(r.outcome(), 1, Integer::sum);
        }
        return m;
    }
}
