package org.offramp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.offramp.design.Comparison;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Design;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.PolicySpecLoader;
import org.offramp.design.Sensitivity;
import org.offramp.design.Sweep;
import org.offramp.design.SweepResult;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.notebook.DesignTables;
import org.offramp.notebook.Notebooks;
import org.offramp.notebook.RunTable;
import org.offramp.scenario.ExperimentSpecLoader;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Numbers;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.Scenarios;
import org.offramp.scenario.YamlNode;
import org.offramp.scenario.YamlReader;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.stats.IntervalMethod;

/**
 * Every public entry point of the library checks its reference arguments at the boundary: called
 * with null for one parameter (and valid values for the others), it throws a
 * {@link NullPointerException} from {@code Objects.requireNonNull} whose message is the
 * parameter's name, never one from deep inside. The classes are compiled with {@code -parameters},
 * so the names are the declared ones.
 */
class NullChecksTest {
    private static final Scenario BASE = Scenarios.load("baseline");
    private static final RunModel MODEL = RunModel.of(StandoffModel.builtIn());

    /** A valid value for each parameter type of the checked methods. */
    private static final Map<Class<?>, Supplier<Object>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put(String.class, () -> "baseline");
        VALUES.put(Scenario.class, () -> BASE);
        VALUES.put(Path.class, () -> Path.of(System.getProperty("java.io.tmpdir"), "offramp-null-checks", "none"));
        VALUES.put(List.class, () -> List.of(Measure.parse("WAR")));
        VALUES.put(Map.class, () -> Map.of());
        VALUES.put(DecisionRule[].class, Simulation::builtInRules);
        VALUES.put(DecisionRule.class, () -> Simulation.builtInRules()[0]);
        VALUES.put(RunModel.class, () -> MODEL);
        VALUES.put(ProgressListener.class, () -> ProgressListener.NONE);
        VALUES.put(Factor.class, () -> Factor.range(Params.REGISTRY, "washington.restraint", 0.5, 1));
        VALUES.put(Design.class, Design.Grid::new);
        VALUES.put(Measure.class, () -> Measure.parse("WAR"));
        VALUES.put(IntervalMethod.class, () -> IntervalMethod.WILSON);
        VALUES.put(Actor.class, () -> Actor.WASHINGTON);
        VALUES.put(Outcome.class, () -> Outcome.WAR);
        VALUES.put(Param.class, () -> Params.HORIZON);
        VALUES.put(Overrides.class, Overrides::none);
        VALUES.put(YamlNode.class, () -> YamlReader.readMapping("a: 1\n", "x.yaml"));
        VALUES.put(Experiment.class, () -> Experiment.builder(BASE).runs(1).masterSeed(1).build());
        VALUES.put(ExperimentResult.class, () -> Notebooks.run(BASE, 2, 1));
        VALUES.put(ComparisonResult.class, () -> Comparison.builder().variant("a", BASE).variant("b", BASE).runs(2)
                .masterSeed(1).threads(1).build().run(MODEL, ProgressListener.NONE));
        VALUES.put(SweepResult.class, () -> Sweep.builder(BASE).factor(Factor.evenly(Params.REGISTRY, "washington.restraint", 0.5, 1, 2))
                .runs(2).masterSeed(1).threads(1).build().run(MODEL, ProgressListener.NONE));
        VALUES.put(Replay.class, () -> Simulation.replay(BASE, 1));
        VALUES.put(Model.class, StandoffModel::builtIn);
        VALUES.put(Parameters.class, () -> Params.REGISTRY);
        VALUES.put(RecordSchema.class, () -> StandoffSchema.SCHEMA);
        VALUES.put(Class.class, () -> Object.class);
        VALUES.put(double[].class, () -> new double[] {0.75});
    }

    /** Methods whose null is documented as meaning something ("no folder": in memory). */
    private static final Set<String> NULL_ALLOWED = Set.of(
            "Builder.outputDirectory(dir)", "PolicyExperiments.run(outDir)");

    private record Target(Class<?> type, Supplier<Object> instance) {
    }

    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (Class<?> c : List.of(Simulation.class, StandoffModel.class, Models.class, Scenario.class, RunModel.class,
                Scenarios.class, ScenarioLoader.class, Params.class, Overrides.class,
                ExperimentSpecLoader.class, PolicySpecLoader.class, YamlReader.class, Limits.class, Numbers.class,
                ScenarioException.class, Experiment.class, ExperimentRunner.class, Comparison.class, Sweep.class,
                Sensitivity.class, Factor.class, Measure.class, Notebooks.class, DesignTables.class, RunTable.class)) {
            t.add(new Target(c, null));
        }
        t.add(new Target(Scenario.class, () -> BASE));
        t.add(new Target(Parameters.class, () -> Params.REGISTRY));
        t.add(new Target(RecordSchema.class, () -> StandoffSchema.SCHEMA));
        t.add(new Target(Overrides.class, Overrides::none));
        t.add(new Target(Experiment.Builder.class, () -> Experiment.builder(BASE)));
        t.add(new Target(Comparison.Builder.class, () -> Comparison.builder().variant("a", BASE)));
        t.add(new Target(Sweep.Builder.class, () -> Sweep.builder(BASE)));
        t.add(new Target(Sensitivity.Builder.class, () -> Sensitivity.builder(BASE)));
        t.add(new Target(Sweep.class, () -> Sweep.builder(BASE).factor(Factor.evenly(Params.REGISTRY, "washington.restraint", 0.5, 1, 2))
                .runs(1).masterSeed(1).build()));
        t.add(new Target(RunTable.class, () -> RunTable.run(BASE, 2, 1)));
        return t;
    }

    @Test
    void everyReferenceParameterIsCheckedAtTheBoundaryAndNamed() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Target t : targets()) {
            for (Method m : t.type().getDeclaredMethods()) {
                boolean isStatic = Modifier.isStatic(m.getModifiers());
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || isStatic == (t.instance() != null)
                        || m.getName().equals("equals") || m.getName().equals("main")) {
                    continue;
                }
                Parameter[] params = m.getParameters();
                if (!allSupplied(params)) {
                    continue;
                }
                for (int i = 0; i < params.length; i++) {
                    Parameter p = params[i];
                    String id = t.type().getSimpleName() + "." + m.getName() + "(" + p.getName() + ")";
                    if (p.getType().isPrimitive() || NULL_ALLOWED.contains(id)) {
                        continue;
                    }
                    assertTrue(p.isNamePresent(), "compile with -parameters: " + id);
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : value(params[j].getType());
                    }
                    checked++;
                    String problem = nullProblem(m, t.instance() == null ? null : t.instance().get(), args, p.getName());
                    if (problem != null) {
                        failures.add(id + ": " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> "entry points without a null check that names the parameter:\n"
                + String.join("\n", failures));
        assertTrue(checked >= 80, "only " + checked + " parameters checked: is the list of targets complete?");
    }

    /** The check itself must be able to fail: a method without a check is caught. */
    @Test
    void aMethodWithoutACheckIsCaught() throws Exception {
        Method unchecked = NullChecksTest.class.getDeclaredMethod("unchecked", String.class);
        assertTrue(nullProblem(unchecked, null, new Object[] {null}, "text") != null);
        Method checkedMethod = NullChecksTest.class.getDeclaredMethod("checked", String.class);
        assertEquals(null, nullProblem(checkedMethod, null, new Object[] {null}, "text"));
        Method wrongName = NullChecksTest.class.getDeclaredMethod("wrongName", String.class);
        assertTrue(nullProblem(wrongName, null, new Object[] {null}, "text") != null);
    }

    static int unchecked(String text) {
        return text.length();
    }

    static int checked(String text) {
        return java.util.Objects.requireNonNull(text, "text").length();
    }

    static int wrongName(String text) {
        return java.util.Objects.requireNonNull(text, "value").length();
    }

    /** Null when the call threw the expected exception, else what happened instead. */
    private static String nullProblem(Method m, Object target, Object[] args, String name) throws Exception {
        try {
            m.invoke(target, args);
            return "accepted null";
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (!(c instanceof NullPointerException npe)) {
                return "threw " + c;
            }
            StackTraceElement top = npe.getStackTrace().length == 0 ? null : npe.getStackTrace()[0];
            boolean fromCheck = top != null && top.getClassName().equals("java.util.Objects")
                    && top.getMethodName().equals("requireNonNull");
            if (!fromCheck) {
                return "NullPointerException from deep inside (" + top + "): " + npe.getMessage();
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
            return 0.75;
        }
        if (type == boolean.class) {
            return false;
        }
        return VALUES.get(type).get();
    }
}
