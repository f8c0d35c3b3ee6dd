package org.offramp.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of every scenario parameter, with its unit, baseline value, valid range and reason.
 * This is the only place where parameters are declared.
 */
public final class Params {
    private static final List<Param> LIST = new ArrayList<>();
    private static final Map<String, Param> BY_PATH = new HashMap<>();

    private Params() {
    }

    static Param real(String path, String unit, double baseline, double min, double max, String reason) {
        return add(path, Param.Type.REAL, unit, baseline, min, max, reason);
    }

    static Param integer(String path, String unit, int baseline, int min, int max, String reason) {
        return add(path, Param.Type.INTEGER, unit, baseline, min, max, reason);
    }

    static Param flag(String path, boolean baseline, String reason) {
        return add(path, Param.Type.FLAG, "flag", baseline ? 1 : 0, 0, 1, reason);
    }

    private static synchronized Param add(String path, Param.Type type, String unit, double baseline,
                                          double min, double max, String reason) {
        if (BY_PATH.containsKey(path)) {
            throw new IllegalStateException("parameter declared twice: " + path);
        }
        Param p = new Param(LIST.size(), path, type, unit, baseline, min, max, reason);
        LIST.add(p);
        BY_PATH.put(path, p);
        return p;
    }

    // ---- run -----------------------------------------------------------------------------------

    /** The number of simulated days. */
    public static final Param HORIZON = integer("run.horizonDays", "days", 540, 1, 3650,
            "MODEL.md section 6: 540 days from 2019-05-17 passes the US election of 2020-11-03 (day 536).");

    // (the model's parameters follow, section by section)

    /** Every parameter, in declaration order (the order of documents and hashes). */
    public static List<Param> all() {
        return Collections.unmodifiableList(LIST);
    }

    /** The number of parameters. */
    public static int count() {
        return LIST.size();
    }

    /**
     * The parameter with the given path.
     *
     * @throws IllegalArgumentException naming the path when there is none
     */
    public static Param byPath(String path) {
        Param p = BY_PATH.get(path);
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter '" + path + "'");
        }
        return p;
    }

    /** The parameter with the given path, or null. */
    public static Param find(String path) {
        return BY_PATH.get(path);
    }
}
