package org.offramp.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import org.offramp.experiment.JsonFields;

/**
 * Integer counts over runs of several scenarios on common seeds: for each scenario and measure the
 * runs with the property, and (when paired) for each ordered pair of scenarios the discordant runs,
 * those where the first has the property and the second has not. The K x K discordance table per
 * measure is what paired statistics need; nothing per run is kept, so memory does not grow with
 * the number of runs.
 *
 * <p>Counts are integers, so {@link #merge} is associative and commutative and the totals do not
 * depend on how runs were split among threads, tasks or shards. Serializable (a block's tally
 * travels from a cluster's task to the driver) and written to checkpoints and shard partials as
 * JSON ({@link #toJson()}). Not thread-safe: each block has its own tally.
 */
final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    final int scenarios;
    final int measures;
    final boolean paired;
    long runs;
    final long[] yes;          // [scenario * measures + measure]
    final long[] discordant;   // [(a * scenarios + b) * measures + measure]: a yes, b no

    Tally(int scenarios, int measures, boolean paired) {
        this.scenarios = scenarios;
        this.measures = measures;
        this.paired = paired;
        this.yes = new long[scenarios * measures];
        this.discordant = paired ? new long[scenarios * scenarios * measures] : new long[0];
    }

    /** Adds one run index: {@code bits[s]} has bit m set when scenario s's run has measure m. */
    void accept(long[] bits) {
        runs++;
        for (int s = 0; s < scenarios; s++) {
            long b = bits[s];
            for (int m = 0; m < measures; m++) {
                if ((b >>> m & 1) != 0) {
                    yes[s * measures + m]++;
                }
            }
        }
        if (paired) {
            for (int a = 0; a < scenarios; a++) {
                for (int c = 0; c < scenarios; c++) {
                    long d = bits[a] & ~bits[c];
                    if (d == 0) {
                        continue;
                    }
                    int base = (a * scenarios + c) * measures;
                    for (int m = 0; m < measures; m++) {
                        if ((d >>> m & 1) != 0) {
                            discordant[base + m]++;
                        }
                    }
                }
            }
        }
    }

    void merge(Tally o) {
        runs += o.runs;
        for (int i = 0; i < yes.length; i++) {
            yes[i] += o.yes[i];
        }
        for (int i = 0; i < discordant.length; i++) {
            discordant[i] += o.discordant[i];
        }
    }

    long yes(int scenario, int measure) {
        return yes[scenario * measures + measure];
    }

    /** Runs where {@code a} has the measure and {@code b} has not. */
    long discordant(int a, int b, int measure) {
        if (!paired) {
            throw new IllegalStateException("this tally was not paired");
        }
        return discordant[(a * scenarios + b) * measures + measure];
    }

    /** As JSON: {@code {runs, scenarios, measures, paired, yes: [...], discordant: [...]}}. */
    ObjectNode toJson() {
        ObjectNode n = JsonFields.MAPPER.createObjectNode();
        n.put("runs", runs);
        n.put("scenarios", scenarios);
        n.put("measures", measures);
        n.put("paired", paired);
        ArrayNode y = n.putArray("yes");
        for (long v : yes) {
            y.add(v);
        }
        ArrayNode d = n.putArray("discordant");
        for (long v : discordant) {
            d.add(v);
        }
        return n;
    }

    /**
     * Reads {@link #toJson()}.
     *
     * @param where the object's name in messages
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static Tally fromJson(JsonNode n, String where) {
        int s = Math.toIntExact(JsonFields.integer(n, "scenarios", where));
        int m = Math.toIntExact(JsonFields.integer(n, "measures", where));
        if (s < 1 || m < 1 || m > 64) {
            throw new IllegalArgumentException(where + " must have at least one scenario and 1 to 64 measures, but had "
                    + s + " and " + m);
        }
        Tally t = new Tally(s, m, JsonFields.bool(n, "paired", where));
        t.runs = JsonFields.integer(n, "runs", where);
        read(JsonFields.field(n, "yes", where), t.yes, where + ".yes");
        read(JsonFields.field(n, "discordant", where), t.discordant, where + ".discordant");
        return t;
    }

    private static void read(JsonNode array, long[] into, String where) {
        if (!array.isArray() || array.size() != into.length) {
            throw new IllegalArgumentException(where + " must be an array of " + into.length + " counts, but was "
                    + (array.isArray() ? array.size() + " values" : array.getNodeType().toString().toLowerCase()));
        }
        for (int i = 0; i < into.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                throw new IllegalArgumentException(where + "[" + i + "] must be a count, but was " + v);
            }
            into[i] = v.asLong();
        }
    }
}
