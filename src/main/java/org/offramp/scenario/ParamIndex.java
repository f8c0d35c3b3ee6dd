package org.offramp.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offramp.model.Param;
import org.offramp.model.Parameters;

/**
 * Looks parameters up by path and, for a path that does not exist, finds the one the user most
 * likely meant. Built from a model's registry, or from a list of parameters, so that the checks can
 * be tested with parameters that are not in a registry.
 *
 * <p>Immutable and safe to share between threads.
 */
final class ParamIndex {
    private final Map<String, Param> byPath = new LinkedHashMap<>();
    private final String owner;

    private ParamIndex(String owner, List<Param> params) {
        this.owner = owner;
        for (Param p : params) {
            byPath.put(p.path(), p);
        }
    }

    /** The index of every parameter of a registry. */
    static ParamIndex of(Parameters registry) {
        return new ParamIndex(registry.owner(), registry.all());
    }

    /** An index of the given parameters only. */
    static ParamIndex of(List<Param> params) {
        return new ParamIndex(params.isEmpty() ? "" : params.get(0).registry().owner(), params);
    }

    /** What a path must be, for messages: "a parameter path that 'offramp params --model NAME' lists". */
    String knownPaths() {
        return "a parameter path that 'offramp params --model " + owner + "' lists";
    }

    /** The parameter with this path, or null. */
    Param find(String path) {
        return byPath.get(path);
    }

    /** The first parameter under {@code path.}, or null when {@code path} is not a group. */
    String firstUnder(String path) {
        String prefix = path + ".";
        for (String known : byPath.keySet()) {
            if (known.startsWith(prefix)) {
                return known;
            }
        }
        return null;
    }

    /**
     * The known path the user most likely meant, or null when none is close. A path is close when
     * its edit distance is at most a third of the typed path's length (at least 2), or, failing
     * that, when it ends with the same last segment (the user forgot the group).
     */
    String suggest(String path) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : byPath.keySet()) {
            int d = levenshtein(path, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        if (best != null && bestDistance <= Math.max(2, path.length() / 3)) {
            return best;
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        for (String known : byPath.keySet()) {
            if (known.endsWith("." + last)) {
                return known;
            }
        }
        return null;
    }

    /** The classic edit distance (insertions, deletions, substitutions), in O(|a|·|b|) time. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
