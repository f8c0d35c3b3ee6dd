package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.offramp.design.calibration.AbcResult;
import org.offramp.design.calibration.AbcSmc;
import org.offramp.design.calibration.CalibrationCharts;
import org.offramp.design.calibration.CalibrationParameter;
import org.offramp.design.calibration.CalibrationReport;
import org.offramp.design.calibration.CalibrationTables;
import org.offramp.design.calibration.MsmResult;
import org.offramp.design.calibration.SimulatedMoments;
import org.offramp.design.calibration.Simulator;
import org.offramp.design.calibration.Target;
import org.offramp.design.calibration.Targets;

/**
 * Every public entry point of discovery and calibration checks its reference arguments at the
 * boundary: called with null for one parameter (valid values for the others), it throws a
 * {@link NullPointerException} from {@code Objects.requireNonNull} whose message is the parameter's
 * name. Parameters documented as nullable (a missing truth or stability) are listed.
 */
class DiscoveryNullChecksTest {
    private static final DiscoveryTable TABLE = Synthetic.knownBox(200, 0.0, 1);
    private static final PrimTrajectory TRAJECTORY = Prim.builder().build().find(TABLE);
    private static final Targets TARGETS = Targets.of(new Target("m", 1, 1, ""));
    private static final Simulator SIM = (p, s) -> new double[] {p[0]};
    private static final AbcResult ABC = AbcSmc.builder().parameter(CalibrationParameter.real("a", 0, 2))
            .targets(TARGETS).particles(10).maxGenerations(1).masterSeed(1).build().run(SIM);
    private static final MsmResult MSM = SimulatedMoments.builder().parameter(CalibrationParameter.real("a", 0, 2))
            .targets(TARGETS).replications(1).maxEvaluations(20).masterSeed(1).build().fit(SIM);

    private static final Map<Class<?>, Supplier<Object>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put(String.class, () -> "x1");
        VALUES.put(Path.class, () -> Path.of(System.getProperty("java.io.tmpdir"), "offramp-discovery-null-checks"));
        VALUES.put(DiscoveryTable.class, () -> TABLE);
        VALUES.put(PrimTrajectory.class, () -> TRAJECTORY);
        VALUES.put(BoxInspection.class, () -> TRAJECTORY.inspect(TRAJECTORY.size() - 1));
        VALUES.put(PrimStability.class, () -> Prim.builder().build().stability(TRAJECTORY, 1, 1, 0.5, 1));
        VALUES.put(PrimCovering.class, () -> Prim.builder().build().cover(TABLE, 1, BoxSelector.last()));
        VALUES.put(BoxSelector.class, BoxSelector::last);
        VALUES.put(CartTree.class, () -> Cart.builder().build().fit(TABLE));
        VALUES.put(RsaResult.class, () -> RegionalSensitivity.analyze(TABLE));
        VALUES.put(FactorSpec.class, () -> FactorSpec.real("z", 0, 1));
        VALUES.put(PrimObjective.class, () -> PrimObjective.LENIENT1);
        VALUES.put(int[].class, () -> new int[] {0, 1});
        VALUES.put(double[].class, () -> new double[] {1.0});
        VALUES.put(boolean[].class, () -> new boolean[] {true});
        VALUES.put(String[].class, () -> new String[] {"false"});
        VALUES.put(List.class, () -> List.of(new Target("m", 1, 1, "")));
        VALUES.put(Targets.class, () -> TARGETS);
        VALUES.put(Target[].class, () -> new Target[] {new Target("m", 1, 1, "")});
        VALUES.put(Simulator.class, () -> SIM);
        VALUES.put(AbcResult.class, () -> ABC);
        VALUES.put(MsmResult.class, () -> MSM);
        VALUES.put(CalibrationParameter.class, () -> CalibrationParameter.real("b", 0, 1));
    }

    /** Parameters whose null means "none" (documented). */
    private static final List<String> NULL_ALLOWED = List.of("PrimReport.write(stability)", "truth");

    private record Target2(Class<?> type, Supplier<Object> instance) {
    }

    @Test
    void everyReferenceParameterIsCheckedAndNamed() throws Exception {
        List<Target2> targets = new ArrayList<>();
        for (Class<?> c : List.of(DiscoveryCharts.class, DiscoveryTables.class, PrimReport.class,
                RegionalSensitivity.class, Box.class, FactorSpec.class, CalibrationCharts.class, CalibrationTables.class,
                CalibrationReport.class, Targets.class, CalibrationParameter.class)) {
            targets.add(new Target2(c, null));
        }
        targets.add(new Target2(Prim.class, () -> Prim.builder().build()));
        targets.add(new Target2(Prim.Builder.class, Prim::builder));
        targets.add(new Target2(Cart.class, () -> Cart.builder().build()));
        targets.add(new Target2(DiscoveryTable.class, () -> TABLE));
        targets.add(new Target2(DiscoveryTable.Builder.class, DiscoveryTable::builder));
        targets.add(new Target2(Box.class, () -> TRAJECTORY.last().box()));
        targets.add(new Target2(CartTree.class, () -> Cart.builder().build().fit(TABLE)));
        targets.add(new Target2(RsaResult.class, () -> RegionalSensitivity.analyze(TABLE)));
        targets.add(new Target2(AbcSmc.class, () -> ABC.settings()));
        targets.add(new Target2(AbcSmc.Builder.class, AbcSmc::builder));
        targets.add(new Target2(SimulatedMoments.class, () -> MSM.settings()));
        targets.add(new Target2(SimulatedMoments.Builder.class, SimulatedMoments::builder));
        targets.add(new Target2(AbcResult.class, () -> ABC));
        targets.add(new Target2(MsmResult.class, () -> MSM));
        targets.add(new Target2(Targets.class, () -> TARGETS));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Target2 t : targets) {
            List<Executable> members = new ArrayList<>(List.of(t.type().getDeclaredMethods()));
            for (Executable m : members) {
                boolean isStatic = Modifier.isStatic(m.getModifiers());
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || isStatic == (t.instance() != null)
                        || m.getName().equals("equals")) {
                    continue;
                }
                Parameter[] params = m.getParameters();
                if (!allSupplied(params)) {
                    continue;
                }
                for (int i = 0; i < params.length; i++) {
                    Parameter p = params[i];
                    String id = t.type().getSimpleName() + "." + m.getName() + "(" + p.getName() + ")";
                    if (p.getType().isPrimitive() || NULL_ALLOWED.contains(id) || NULL_ALLOWED.contains(p.getName())) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : value(params[j].getType());
                    }
                    checked++;
                    String problem = problem(m, t.instance() == null ? null : t.instance().get(), args, p.getName());
                    if (problem != null) {
                        failures.add(id + ": " + problem);
                    }
                }
            }
        }
        for (Class<?> record : List.of(FactorSpec.class, Target.class, PrimStep.class, DimensionLimit.class,
                CartRule.class, CartNode.class)) {
            for (Constructor<?> c : record.getConstructors()) {
                Parameter[] params = c.getParameters();
                if (!allSupplied(params)) {
                    continue;
                }
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType() != String.class) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : value(params[j].getType());
                    }
                    checked++;
                    String problem = problem(c, null, args, params[i].getName());
                    if (problem != null && !problem.startsWith("threw java.lang.IllegalArgumentException")) {
                        failures.add(record.getSimpleName() + "(" + params[i].getName() + "): " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> "entry points without a named null check:\n" + String.join("\n", failures));
        assertTrue(checked >= 60, "only " + checked + " parameters checked");
    }

    private static String problem(Executable m, Object target, Object[] args, String name) throws Exception {
        try {
            if (m instanceof Method method) {
                method.invoke(target, args);
            } else {
                ((Constructor<?>) m).newInstance(args);
            }
            return "accepted null";
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (!(c instanceof NullPointerException npe)) {
                return "threw " + c;
            }
            StackTraceElement top = npe.getStackTrace().length == 0 ? null : npe.getStackTrace()[0];
            if (top == null || !top.getClassName().equals("java.util.Objects") || !top.getMethodName().equals("requireNonNull")) {
                return "NullPointerException from deep inside (" + top + ")";
            }
            return name.equals(npe.getMessage()) ? null : "the message is '" + npe.getMessage() + "', not '" + name + "'";
        }
    }

    private static boolean allSupplied(Parameter[] params) {
        for (Parameter p : params) {
            if (!p.getType().isPrimitive() && !VALUES.containsKey(p.getType())) {
                return false;
            }
        }
        return true;
    }

    private static Object value(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == boolean.class) {
            return false;
        }
        return VALUES.get(type).get();
    }
}
