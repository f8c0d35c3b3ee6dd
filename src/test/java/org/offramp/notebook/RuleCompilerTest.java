package org.offramp.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Actor;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.sim.StandoffModel;

class RuleCompilerTest {
    private static final Scenario BASE = Scenarios.load("baseline");

    private static Path write(Path dir, String name, String source) throws IOException {
        Path p = dir.resolve(name + ".java");
        Files.writeString(p, source);
        return p;
    }

    private static String shiftingRule(String name, double shift) {
        return """
                import org.offramp.standoff.Action;
                import org.offramp.standoff.Actor;
                import org.offramp.standoff.decision.*;
                import org.offramp.model.Scenario;
                public final class %s implements DecisionRule {
                    private static final DecisionRule BUILT_IN = Rules.of(Actor.TEHRAN);
                    @Override
                    public void utilities(ActorView v, Scenario s, double[] u) {
                        BUILT_IN.utilities(v, s, u);
                        u[Action.of(Actor.TEHRAN).indexOf(Action.RESTRAIN_PROXIES)] += %s;
                    }
                }
                """.formatted(name, Double.toString(shift));
    }

    @Test
    void aCompiledRuleRunsInTheModel(@TempDir Path dir) throws IOException {
        DecisionRule same = RuleCompiler.compile(write(dir, "SameTehran", shiftingRule("SameTehran", 0.0)),
                "SameTehran", dir.resolve("classes"), DecisionRule.class);
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(StandoffModel.builtIn().runRecord(BASE, seed),
                    Notebooks.model(StandoffModel.withRules(StandoffModel.rulesWith(Actor.TEHRAN, same))).run(BASE, seed));
        }
        DecisionRule restrained = RuleCompiler.compile(write(dir, "Restrained", shiftingRule("Restrained", 50.0)),
                "Restrained", dir.resolve("classes"), DecisionRule.class);
        RunTable built = RunTable.run(BASE, 100, 4L);
        RunTable mine = RunTable.run(BASE, 100, 4L,
                Notebooks.model(StandoffModel.withRules(StandoffModel.rulesWith(Actor.TEHRAN, restrained))));
        assertNotEquals(built.csv(), mine.csv(), "a rule that always restrains the proxies must change some run");
    }

    @Test
    void compileErrorsNameTheLine(@TempDir Path dir) throws IOException {
        Path src = write(dir, "Broken", "public class Broken implements org.offramp.standoff.decision.DecisionRule {\n"
                + "  int x = ;\n}\n");
        RuleCompilationException ex = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(src, "Broken", dir.resolve("classes"), DecisionRule.class));
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.startsWith("ERROR Broken.java:2:")), ex.getMessage());
    }

    @Test
    void aClassThatIsNoRuleIsRefused(@TempDir Path dir) throws IOException {
        Path src = write(dir, "NotARule", "public class NotARule { }\n");
        RuleCompilationException ex = assertThrows(RuleCompilationException.class,
                () -> RuleCompiler.compile(src, "NotARule", dir.resolve("classes"), DecisionRule.class));
        assertTrue(ex.getMessage().contains("must implement"), ex.getMessage());
        assertThrows(RuleCompilationException.class, () -> RuleCompiler.compile(src, "Missing", dir.resolve("c"), DecisionRule.class));
    }
}
