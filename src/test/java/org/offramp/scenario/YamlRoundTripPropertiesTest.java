package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.offramp.model.Param;
import org.offramp.model.Scenario;
import org.offramp.standoff.Params;

/**
 * Properties of the YAML layer: a scenario written as a file reads back to an equal scenario, and a
 * number means the same in a file and on the command line, whatever accepted notation it is
 * written in.
 */
class YamlRoundTripPropertiesTest {

    /** One parameter set to a value inside its range. */
    record Setting(Param param, double value) {
    }

    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.of(Params.all()).flatMap(p -> valueOf(p).map(v -> new Setting(p, v)));
    }

    private static Arbitrary<Double> valueOf(Param p) {
        switch (p.type()) {
            case FLAG:
                return Arbitraries.of(0.0, 1.0);
            case INTEGER:
                return Arbitraries.longs().between((long) p.min(), (long) p.max()).map(Long::doubleValue);
            default:
                // Both ends, round numbers and arbitrary doubles in between.
                return Arbitraries.oneOf(Arbitraries.of(p.min(), p.max(), p.defaultValue()),
                        Arbitraries.doubles().between(p.min(), p.max()).ofScale(12));
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Setting>> changes = settings().list().ofMaxSize(40);
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
                .ofMinLength(1).ofMaxLength(20).filter(n -> ScenarioLoader.NAME.matcher(n).matches());
        Arbitrary<String> descriptions = Arbitraries.strings().withCharRange(' ', '~')
                .withChars('\n', '\t', '\r', '"', '\\', '\u00e9', '\u2014', '\u0001', '\u00a0', '#', ':')
                .ofMaxLength(80);
        return Combinators.combine(changes, names, descriptions).as((list, name, description) -> {
            Scenario s = Scenarios.load("baseline");
            for (Setting c : list) {
                s = s.with(c.param(), c.value());
            }
            return s.named(name, description);
        });
    }

    @Property(tries = 300)
    void aScenarioWrittenAsYamlReadsBackEqual(@ForAll("scenarios") Scenario scenario) {
        String yaml = scenario.toYaml();
        Scenario back = ScenarioLoader.load(yaml, "round-trip.yaml");
        assertEquals(scenario.contentHash(), back.contentHash(), yaml);
        assertEquals(scenario, back, yaml);
    }

    /** A number and several texts that all denote it, each accepted by the YAML 1.2 core schema. */
    record Written(Param param, double value, List<String> notations) {
    }

    @Provide
    Arbitrary<Written> integers() {
        List<Param> ints = Params.all().stream().filter(p -> p.type() == Param.Type.INTEGER && p.min() >= 0).toList();
        return Arbitraries.of(ints).flatMap(p -> Arbitraries.longs().between((long) p.min(), (long) p.max())
                .flatMap(n -> Arbitraries.integers().between(0, 3).map(zeros -> {
                    List<String> forms = new ArrayList<>();
                    forms.add(Long.toString(n));
                    forms.add("0".repeat(zeros) + n);                  // leading zeros stay decimal
                    forms.add("+" + n);
                    forms.add("0x" + Long.toHexString(n));
                    forms.add("0x" + Long.toHexString(n).toUpperCase(Locale.ROOT));
                    forms.add("0o" + Long.toOctalString(n));
                    forms.add(n + ".0");
                    forms.add(new BigDecimal(n).movePointLeft(zeros).toPlainString() + "e" + zeros);
                    return new Written(p, n, forms);
                })));
    }

    @Provide
    Arbitrary<Written> reals() {
        List<Param> reals = Params.all().stream().filter(p -> p.type() == Param.Type.REAL && p.min() >= 0).toList();
        return Arbitraries.of(reals).flatMap(p -> Arbitraries.doubles().between(p.min(), p.max()).ofScale(9)
                .map(d -> {
                    BigDecimal exact = BigDecimal.valueOf(d);
                    List<String> forms = new ArrayList<>();
                    forms.add(Double.toString(d));
                    forms.add(exact.toPlainString());
                    forms.add("+" + exact.toPlainString());
                    forms.add("00" + exact.toPlainString());
                    forms.add(exact.toPlainString() + (exact.scale() > 0 ? "000" : ".000"));
                    forms.add(exact.unscaledValue() + "e" + (-exact.scale()));
                    forms.add(exact.unscaledValue() + "E" + (-exact.scale()));
                    if (exact.compareTo(BigDecimal.ONE) < 0 && exact.signum() > 0) {
                        forms.add(exact.toPlainString().substring(1));   // ".25"
                    }
                    return new Written(p, d, forms);
                }));
    }

    @Property(tries = 200)
    void anIntegerMeansTheSameInAFileAndInASetInEveryNotation(@ForAll("integers") Written w) {
        assertSameEverywhere(w);
    }

    @Property(tries = 200)
    void aRealMeansTheSameInAFileAndInASetInEveryNotation(@ForAll("reals") Written w) {
        assertSameEverywhere(w);
    }

    private static void assertSameEverywhere(Written w) {
        String path = w.param().path();
        for (String text : w.notations()) {
            Scenario fromFile = ScenarioLoader.load("scenario: s\nextends: baseline\nparameters:\n  " + path + ": " + text
                    + "\n", "n.yaml");
            Scenario fromSet = Overrides.parse(Params.REGISTRY, List.of(path + "=" + text)).applyTo(Scenarios.load("baseline"));
            assertEquals(w.value(), fromFile.get(w.param()), () -> path + ": " + text + " in a file");
            assertEquals(w.value(), fromSet.get(w.param()), () -> path + ": " + text + " in --set");
            assertEquals(w.value(), Numbers.real(text), () -> text + " by Numbers.real");
        }
    }

    @Property(tries = 200)
    void aSeedMeansTheSameInAFileAndAsAFlag(@ForAll long seed) {
        BigInteger unsigned = new BigInteger(Long.toUnsignedString(seed));
        List<String> forms = new ArrayList<>(List.of(Long.toString(seed), (seed >= 0 ? "+" : "") + seed));
        if (seed >= 0) {
            forms.add("0x" + unsigned.toString(16));
            forms.add("0o" + unsigned.toString(8));
        }
        for (String text : forms) {
            ExperimentSpec spec = ExperimentSpecLoader.load("experiment: e\nscenario: baseline\nruns: 1\nseed: " + text
                    + "\n", "e.yaml", java.nio.file.Path.of(""));
            assertEquals(seed, spec.seed(), () -> text + " in a file");
            assertEquals(seed, Limits.parseSeed("--seed", text), () -> text + " as --seed");
        }
    }
}
