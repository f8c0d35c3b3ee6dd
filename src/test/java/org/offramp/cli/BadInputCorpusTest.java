package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs: every case is one distinct mistake a user can make with a command, a
 * flag, or a scenario, experiment or policy experiment file, with the exit code it must give (2,
 * bad input), fragments its message must hold (the file and line, the key or flag, the value, what
 * is allowed), and the guarantee that nothing was written: the case's folder holds exactly the
 * files it had before. Each case runs the tool in-process in its own temporary folder; {@code {d}}
 * in arguments and fragments stands for that folder.
 *
 * <p>{@link #categories()} counts the cases per category; there are at least 150.
 */
class BadInputCorpusTest {
    /** A valid plain experiment file, the base of many cases. */
    static final String EXPERIMENT = "experiment: e\nscenario: baseline\nruns: 10\nseed: 1\n";
    /** A valid compare file. */
    static final String COMPARE = """
            experiment: c
            kind: compare
            scenario: baseline
            seed: 1
            runs: 10
            variants:
              - name: a
              - name: b
                overrides:
                  washington.restraint: 0.5
            """;
    /** A valid sweep file. */
    static final String SWEEP = """
            experiment: s
            kind: sweep
            scenario: baseline
            seed: 1
            runs: 10
            design:
              type: grid
            factors:
              - path: washington.restraint
                values: [0.5, 1]
            """;
    /** A valid sensitivity file. */
    static final String SENSITIVITY = """
            experiment: g
            kind: sensitivity
            scenario: baseline
            seed: 1
            runsPerPoint: 10
            samples: 8
            factors:
              - path: washington.restraint
                from: 0.5
                to: 1
              - path: perception.noiseScale
                from: 0.5
                to: 2
            """;
    static final String ACTORS = "actors: [washington, tehran, irgc, gulf, un, moscow]\n";

    /** One bad input. */
    record Case(String category, String name, Map<String, byte[]> files, List<String> args, int exit,
                List<String> fragments, List<String> absent) {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    /** Builds a case. */
    static final class B {
        private final String category;
        private final String name;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final List<String> args = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();

        B(String category, String name) {
            this.category = category;
            this.name = name;
        }

        B file(String path, String text) {
            files.put(path, text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        B bytes(String path, byte[] bytes) {
            files.put(path, bytes);
            return this;
        }

        B args(String... a) {
            args.addAll(List.of(a));
            return this;
        }

        /** Fragments that must not be in the message (e.g. a file's contents). */
        B absent(String... a) {
            absent.addAll(List.of(a));
            return this;
        }

        Case expect(String... fragments) {
            return new Case(category, name, Map.copyOf(files), List.copyOf(args), OfframpCommand.BAD_INPUT,
                    List.of(fragments), List.copyOf(absent));
        }
    }

    private static B c(String category, String name) {
        return new B(category, name);
    }

    /** {@code run {d}/e.yaml --out {d}/out} on an experiment file with {@code text}. */
    private static B exp(String category, String name, String text) {
        return c(category, name).file("e.yaml", text).args("run", "{d}/e.yaml", "--out", "{d}/out", "--quiet");
    }

    /** The base experiment file with one line replaced (by its key) or added. */
    private static String expWith(String key, String line) {
        StringBuilder sb = new StringBuilder();
        boolean replaced = false;
        for (String l : EXPERIMENT.split("\n")) {
            if (l.startsWith(key + ":")) {
                if (line != null) {
                    sb.append(line).append('\n');
                }
                replaced = true;
            } else {
                sb.append(l).append('\n');
            }
        }
        if (!replaced && line != null) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** {@code run e.yaml} with valid file and extra flags. */
    private static B flags(String name, String... flags) {
        return exp("run flags", name, EXPERIMENT).args(flags);
    }

    /** {@code run e.yaml --set SETTING}. */
    private static B set(String name, String setting) {
        return exp("--set values", name, EXPERIMENT).args("--set", setting);
    }

    /** {@code params {d}/s.yaml} on a scenario file. */
    private static B scenario(String name, String text) {
        return c("scenario files", name).file("s.yaml", text).args("params", "{d}/s.yaml");
    }

    /** A scenario file extending baseline with one parameter line. */
    private static B param(String name, String line) {
        return scenario(name, "scenario: s\nextends: baseline\nparameters:\n  " + line + "\n");
    }

    private static B policy(String category, String name, String text) {
        return c(category, name).file("p.yaml", text).args("run", "{d}/p.yaml", "--out", "{d}/out", "--quiet");
    }

    /** A policy text with {@code from} replaced by {@code to} (which must occur once). */
    private static String edit(String text, String from, String to) {
        assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "'" + from + "' once in the base");
        return text.replace(from, to);
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        runFlags(all);
        setValues(all);
        inputFiles(all);
        experimentFiles(all);
        yamlSyntax(all);
        scenarioFiles(all);
        compareFiles(all);
        sweepFiles(all);
        sensitivityFiles(all);
        otherCommands(all);
        resultsFolders(all);
        return all;
    }

    private static void runFlags(List<Case> all) {
        String runs = "--runs must be in [1, 2147483647], but was ";
        all.add(flags("runs zero", "--runs", "0").expect(runs + "0"));
        all.add(flags("runs negative", "--runs", "-5").expect(runs + "-5"));
        all.add(flags("runs above 2^31 - 1", "--runs", "2147483648").expect(runs + "2147483648"));
        all.add(flags("runs a word", "--runs", "many").expect("'--runs'", "whole number", "\"many\""));
        all.add(flags("runs a fraction", "--runs", "1.5").expect("'--runs'", "\"1.5\""));
        all.add(flags("runs with underscores (YAML 1.1)", "--runs", "1_000").expect("'--runs'", "\"1_000\""));
        all.add(flags("runs infinite", "--runs", ".inf").expect("'--runs'", "\".inf\""));
        all.add(flags("runs empty", "--runs", "").expect("'--runs'", "was \"\""));
        all.add(flags("runs beyond 64 bits", "--runs", "1e30").expect("'--runs'", "\"1e30\""));
        String seed = "an integer in [-9223372036854775808, 9223372036854775807]";
        all.add(flags("seed a fraction", "--seed", "1.5").expect("'--seed'", seed, "\"1.5\""));
        all.add(flags("seed a real", "--seed", "1e3").expect("'--seed'", "not a real such as 2e3", "\"1e3\""));
        all.add(flags("seed beyond 64 bits", "--seed", "9223372036854775808").expect("'--seed'",
                "\"9223372036854775808\""));
        all.add(flags("seed negative hexadecimal", "--seed", "-0x10").expect("'--seed'", "\"-0x10\""));
        all.add(flags("seed binary (not YAML 1.2)", "--seed", "0b101").expect("'--seed'", "\"0b101\""));
        all.add(flags("seed a word", "--seed", "random").expect("'--seed'", "\"random\""));
        all.add(flags("threads negative", "--threads", "-1").expect("--threads must be in [0, 1024] (0 = all cores),"
                + " but was -1"));
        all.add(flags("threads above the bound", "--threads", "2000").expect("--threads must be in [0, 1024]",
                "but was 2000"));
        all.add(flags("threads a fraction", "--threads", "2.5").expect("'--threads'", "\"2.5\""));
        String precision = "--precision must be a half-width H in (0, 0.5), such as 0.005, or a relative half-width P%"
                + " with P in (0, 100), such as 10%, but was ";
        all.add(flags("precision above one half", "--precision", "0.7").expect(precision + "0.7"));
        all.add(flags("precision zero", "--precision", "0").expect(precision + "0"));
        all.add(flags("precision NaN", "--precision", ".nan").expect(precision + ".nan"));
        all.add(flags("precision a word", "--precision", "tight").expect(precision + "tight"));
        all.add(flags("relative precision of 100%", "--precision", "100%").expect(precision + "100%"));
        all.add(flags("relative precision of 0%", "--precision", "0%").expect(precision + "0%"));
        all.add(flags("precision floor of one", "--precision", "10%", "--precision-floor", "1").expect(
                "--precision-floor must be in (0, 1), but was 1.0"));
        all.add(flags("precision floor with an absolute precision", "--precision", "0.01", "--precision-floor", "0.05")
                .expect("--precision-floor 0.05 applies to a relative precision only"));
        all.add(flags("runs with precision", "--runs", "10", "--precision", "0.01").expect("--runs", "--precision",
                "mutually exclusive"));
        all.add(flags("resume with overwrite", "--resume", "--overwrite").expect("--resume and --overwrite exclude"
                + " each other"));
        all.add(flags("unknown flag", "--frobnicate").expect("Unknown option: '--frobnicate'"));
        all.add(flags("out empty", "--out", "").expect("'--out'", "must be a folder path, but was empty"));
        all.add(c("run flags", "out is a file").file("e.yaml", EXPERIMENT).file("notes.txt", "mine").args("run",
                "{d}/e.yaml", "--out", "{d}/notes.txt").expect("--out {d}/notes.txt is a file"));
        all.add(c("run flags", "out holds results").file("e.yaml", EXPERIMENT).file("full/notes.txt", "mine").args(
                "run", "{d}/e.yaml", "--out", "{d}/full").expect("results folder {d}/full already holds results"
                + " (notes.txt)", "--overwrite", "--resume"));
        all.add(flags("shard index beyond count", "--shard", "3/2").expect("--shard:", "shard index K must be in [0, 1]"));
        all.add(flags("shard not K/N", "--shard", "half").expect("--shard:", "K/N", "\"half\""));
        all.add(flags("shard with precision", "--shard", "0/2", "--precision", "0.01").expect("--shard 0/2 excludes"
                + " --precision"));
        all.add(flags("shard with resume", "--shard", "0/2", "--resume").expect("--shard 0/2 excludes --resume"));
        all.add(flags("unknown engine", "--engine", "gpu").expect("--engine must be local or spark, but was gpu"));
        all.add(flags("master without spark", "--master", "local[2]").expect("--master local[2] is for --engine spark"
                + " only"));
        all.add(flags("spark with threads", "--engine", "spark", "--threads", "2").expect("--engine spark excludes"
                + " --threads 2"));
        all.add(flags("spark with blank master", "--engine", "spark", "--master", " ").expect("--master must be a Spark"
                + " master URL"));
        all.add(c("run flags", "no experiment file").args("run").expect("Missing required parameter: 'EXPERIMENT'"));
        all.add(c("run flags", "empty experiment path").args("run", "").expect("must be a file path, but was empty"));
        all.add(flags("a second positional argument", "{d}/e.yaml").expect("Unmatched argument", "{d}/e.yaml"));
    }

    private static void setValues(List<Case> all) {
        all.add(set("unknown path with a typo", "washington.restrant=0.5").expect("--set: washington.restrant is not a"
                + " known parameter; did you mean washington.restraint?"));
        all.add(set("unknown path far from any", "zz.top=1").expect("--set: zz.top is not a known parameter",
                "a parameter path that 'offramp params --model standoff' lists"));
        all.add(set("a group, not a parameter", "washington=0.5").expect("washington is a group of parameters",
                "e.g. washington."));
        all.add(set("real out of range", "washington.restraint=1.5").expect("--set: washington.restraint must be a"
                + " number in [0, 1], but was 1.5"));
        all.add(set("negative real", "washington.restraint=-0.1").expect("washington.restraint", "but was -0.1"));
        all.add(set("flag as yes", "tehran.leaderRefusesTalks=yes").expect("tehran.leaderRefusesTalks must be true or"
                + " false, but was \"yes\""));
        all.add(set("flag as a number", "tehran.leaderRefusesTalks=1").expect("must be true or false, but was \"1\""));
        all.add(set("no equals sign", "nonsense").expect("\"nonsense\" must be PATH=VALUE"));
        all.add(set("no path", "=5").expect("\"=5\" must be PATH=VALUE"));
        all.add(set("integer with a fraction", "run.horizonDays=365.5").expect("run.horizonDays must be a whole number"
                + " in [1, 3650], but was 365.5"));
        all.add(set("hexadecimal out of range", "run.horizonDays=0x1000").expect("run.horizonDays", "but was 0x1000"));
        all.add(set("leading zeros are decimal", "run.horizonDays=04000").expect("run.horizonDays", "[1, 3650]",
                "but was 04000"));
        all.add(set("YAML NaN", "washington.restraint=.nan").expect("washington.restraint", "but was .nan"));
        all.add(set("YAML minus infinity", "washington.restraint=-.inf").expect("washington.restraint",
                "but was -.inf"));
        all.add(set("Java's NaN", "washington.restraint=NaN").expect("washington.restraint", "but was \"NaN\""));
        all.add(set("decimal comma", "washington.restraint=0,5").expect("washington.restraint", "but was \"0,5\""));
        all.add(set("empty value", "washington.restraint=").expect("washington.restraint", "but was \"\""));
        all.add(set("underscore digits", "run.horizonDays=1_000").expect("run.horizonDays", "but was \"1_000\""));
        all.add(exp("--set values", "same path twice", EXPERIMENT).args("--set", "washington.restraint=0.5", "--set",
                "washington.restraint=0.6").expect("washington.restraint is given twice", "each parameter once"));
        all.add(set("a very long value", "washington.restraint=" + "9".repeat(500) + "END").absent("END").expect(
                "washington.restraint", "(503 characters)"));
    }

    private static void inputFiles(List<Case> all) {
        String csv = "index,seed,outcome,day\n" + "0,123,WAR,12\n".repeat(20) + "19,999,STALEMATE,540\nLASTLINE\n";
        all.add(c("input files", "an embedded scenario name instead of a file").args("run", "baseline")
                .expect("baseline: no such file", "'baseline' is an embedded scenario, not an experiment file",
                        "offramp replay --scenario baseline --seed 20190517"));
        all.add(c("input files", "a missing file").args("run", "{d}/missing.yaml").expect("{d}/missing.yaml: no such"
                + " file; allowed: an experiment file"));
        all.add(c("input files", "a folder").file("x/keep.txt", "").args("run", "{d}/x", "--out", "{d}/out")
                .expect("{d}/x: a folder, not a file"));
        all.add(c("input files", "a device").args("run", "/dev/zero", "--out", "{d}/out").expect("/dev/zero: not a"
                + " regular file"));
        all.add(c("input files", "a CSV of runs").file("runs.csv", csv).args("run", "{d}/runs.csv", "--out", "{d}/out")
                .absent("LASTLINE", "19,999").expect("{d}/runs.csv:1: the document must be a YAML mapping",
                        "characters)"));
        all.add(c("input files", "a file over 1 MiB").file("big.yaml", "# " + "x".repeat(2 * 1024 * 1024) + "\n")
                .args("run", "{d}/big.yaml", "--out", "{d}/out").expect("2,097,155 bytes, too large",
                        "at most 1 MiB"));
        all.add(c("input files", "not UTF-8").bytes("latin.yaml", "experiment: caf\u00e9\n"
                        .getBytes(StandardCharsets.ISO_8859_1)).args("run", "{d}/latin.yaml", "--out", "{d}/out")
                .expect("not UTF-8 text (byte 0xe9 at offset 15)"));
        all.add(c("input files", "a compare command on a missing file").args("compare", "{d}/none.yaml").expect(
                "{d}/none.yaml: no such file"));
        all.add(c("input files", "a scenario file where an experiment is expected").file("e.yaml",
                "scenario: s\nextends: baseline\n").args("run", "{d}/e.yaml", "--out", "{d}/out").expect(
                "{d}/e.yaml:2: unknown key 'extends'; allowed: model, experiment, description, scenario"));
        all.add(c("input files", "a scenario file that does not exist, given to replay").args("replay", "--scenario",
                "{d}/s.yaml", "--seed", "1").expect("offramp replay: {d}/s.yaml: neither an embedded scenario nor a file"));
    }

    private static void experimentFiles(List<Case> all) {
        String cat = "experiment files";
        all.add(exp(cat, "unknown key", EXPERIMENT + "threds: 2\n").expect("{d}/e.yaml:5: unknown key 'threds';"
                + " allowed: model, experiment, description, scenario"));
        all.add(exp(cat, "key in the wrong case", EXPERIMENT + "Runs: 5\n").expect("e.yaml:5: unknown key 'Runs'"));
        all.add(exp(cat, "key given twice", EXPERIMENT + "runs: 20\n").expect("e.yaml:5: runs is given twice (first on"
                + " line 3)"));
        String runs = "runs must be a whole number in [1, 2147483647], but was ";
        all.add(exp(cat, "runs zero", expWith("runs", "runs: 0")).expect("e.yaml:3: " + runs + "0"));
        all.add(exp(cat, "runs above 2^31 - 1", expWith("runs", "runs: 2147483648")).expect(runs + "2147483648"));
        all.add(exp(cat, "runs a fraction", expWith("runs", "runs: 2.5")).expect(runs + "2.5"));
        all.add(exp(cat, "runs quoted", expWith("runs", "runs: \"10\"")).expect(runs + "\"10\""));
        all.add(exp(cat, "runs with underscores (YAML 1.1)", expWith("runs", "runs: 1_000")).expect(runs + "\"1_000\""));
        all.add(exp(cat, "runs infinite", expWith("runs", "runs: .inf")).expect(runs + ".inf"));
        all.add(exp(cat, "runs negative hexadecimal", expWith("runs", "runs: -0x10")).expect(runs + "\"-0x10\""));
        all.add(exp(cat, "runs a list", expWith("runs", "runs: [10]")).expect(runs + "a list"));
        String seed = "seed must be an integer in [-9223372036854775808, 9223372036854775807]";
        all.add(exp(cat, "seed a fraction", expWith("seed", "seed: 1.5")).expect("e.yaml:4: " + seed, "but was 1.5"));
        all.add(exp(cat, "seed a real", expWith("seed", "seed: 2e3")).expect(seed, "but was 2e3"));
        all.add(exp(cat, "seed beyond 64 bits", expWith("seed", "seed: 9223372036854775808")).expect(seed,
                "but was 9223372036854775808"));
        all.add(exp(cat, "seed quoted", expWith("seed", "seed: \"1\"")).expect(seed, "but was \"1\""));
        all.add(exp(cat, "seed missing", expWith("seed", null)).expect("e.yaml:1: seed is required, but is missing"));
        all.add(exp(cat, "seed without a value", expWith("seed", "seed:")).expect("e.yaml:4: seed is required, but has"
                + " no value"));
        all.add(exp(cat, "name missing", expWith("experiment", null)).expect("experiment is required, but is missing"));
        all.add(exp(cat, "name with capitals and spaces", expWith("experiment", "experiment: My Run")).expect(
                "e.yaml:1: experiment must be a name matching [a-z0-9][a-z0-9-]*, but was \"My Run\""));
        all.add(exp(cat, "scenario missing", expWith("scenario", null)).expect("scenario is required, but is missing"));
        all.add(exp(cat, "scenario unknown", expWith("scenario", "scenario: hawkish")).expect("e.yaml:2: scenario"
                + " 'hawkish' is neither an embedded scenario nor a file"));
        all.add(exp(cat, "scenario a number", expWith("scenario", "scenario: 3")).expect("e.yaml:2: scenario must be an"
                + " embedded scenario name or a path to a scenario file, but was 3"));
        all.add(exp(cat, "scenario a folder", expWith("scenario", "scenario: sub")).file("sub/keep.txt", "")
                .expect("e.yaml:2: scenario '{d}/sub': a folder, not a file"));
        all.add(exp(cat, "runs and precision", EXPERIMENT + "precision:\n  halfWidth: 0.01\n").expect("runs and"
                + " precision are both given; allowed: exactly one of runs or precision"));
        all.add(exp(cat, "neither runs nor precision", expWith("runs", null)).expect("e.yaml:1: runs or precision is"
                + " required"));
        String noRuns = expWith("runs", null);
        all.add(exp(cat, "precision a number", noRuns + "precision: 0.01\n").expect("e.yaml:4: precision must be a"
                + " mapping with the keys halfWidth, maxRuns, floor, but was 0.01"));
        all.add(exp(cat, "precision half-width one half", noRuns + "precision:\n  halfWidth: 0.5\n").expect("e.yaml:5:"
                + " precision.halfWidth must be a number in (0, 0.5) (an absolute half-width) or a percentage P% with P"
                + " in (0, 100), such as 10% (a half-width relative to each share), but was 0.5"));
        all.add(exp(cat, "precision half-width NaN", noRuns + "precision:\n  halfWidth: .NaN\n").expect(
                "precision.halfWidth must be a number in (0, 0.5) (an absolute half-width) or a percentage", "but was .NaN"));
        all.add(exp(cat, "precision floor with an absolute half-width", noRuns
                + "precision:\n  halfWidth: 0.01\n  floor: 0.05\n").expect("e.yaml:6: precision.floor must be absent with"
                + " an absolute halfWidth"));
        all.add(exp(cat, "precision floor of zero", noRuns + "precision:\n  halfWidth: 10%\n  floor: 0\n").expect(
                "e.yaml:6: precision.floor must be a number in (0, 1), but was 0"));
        all.add(exp(cat, "precision max runs zero", noRuns + "precision:\n  halfWidth: 0.01\n  maxRuns: 0\n").expect(
                "e.yaml:6: precision.maxRuns must be a whole number in [1, 2147483647], but was 0"));
        all.add(exp(cat, "precision key misspelt", noRuns + "precision:\n  halfwidth: 0.01\n").expect("e.yaml:5:"
                + " unknown key 'precision.halfwidth'; allowed: halfWidth, maxRuns"));
        all.add(exp(cat, "precision without half-width", noRuns + "precision:\n  maxRuns: 100\n").expect(
                "precision.halfWidth is required, but is missing"));
        all.add(exp(cat, "threads above the bound", EXPERIMENT + "threads: 2000\n").expect("e.yaml:5: threads must be a"
                + " whole number in [0, 1024], but was 2000"));
        all.add(exp(cat, "threads negative", EXPERIMENT + "threads: -1\n").expect("threads must be a whole number in"
                + " [0, 1024], but was -1"));
        all.add(exp(cat, "stories above 100", EXPERIMENT + "outputs:\n  stories: 101\n").expect("e.yaml:6:"
                + " outputs.stories must be a whole number in [0, 100], but was 101"));
        all.add(exp(cat, "charts as yes (YAML 1.1)", EXPERIMENT + "outputs:\n  charts: yes\n").expect(
                "outputs.charts must be true or false, but was \"yes\""));
        all.add(exp(cat, "unknown output", EXPERIMENT + "outputs:\n  csv: true\n").expect("unknown key 'outputs.csv';"
                + " allowed: charts, stories"));
        all.add(exp(cat, "outputs a boolean", EXPERIMENT + "outputs: true\n").expect("outputs must be a mapping with the"
                + " keys charts, stories, but was true"));
        all.add(exp(cat, "description a number", EXPERIMENT + "description: 12\n").expect("description must be a"
                + " text, but was 12"));
        all.add(exp(cat, "overrides a number", EXPERIMENT + "overrides: 5\n").expect("e.yaml:5: overrides must be a"
                + " mapping of parameter paths to values, but was 5"));
        all.add(exp(cat, "override out of range", EXPERIMENT + "overrides:\n  washington.restraint: 1.5\n").expect(
                "e.yaml:6: washington.restraint must be a number in [0, 1], but was 1.5"));
        all.add(exp(cat, "override with a typo", EXPERIMENT + "overrides:\n  washington.restrant: 0.5\n").expect(
                "e.yaml:6: washington.restrant is not a known parameter; did you mean washington.restraint?"));
        all.add(exp(cat, "override with leading zeros read as decimal", EXPERIMENT + "overrides:\n"
                + "  run.horizonDays: 04000\n").expect("e.yaml:6: run.horizonDays must be a whole number in [1, 3650],"
                + " but was 04000"));
        all.add(exp(cat, "override flag as no (YAML 1.1)", EXPERIMENT + "overrides:\n"
                + "  tehran.leaderRefusesTalks: no\n").expect("tehran.leaderRefusesTalks must be true or false, but was"
                + " \"no\""));
        all.add(exp(cat, "override flag as a number", EXPERIMENT + "overrides:\n  tehran.leaderRefusesTalks: 0\n")
                .expect("tehran.leaderRefusesTalks must be true or false, but was 0"));
        all.add(exp(cat, "override nested and dotted", EXPERIMENT + "overrides:\n  washington.restraint: 0.5\n"
                + "  washington:\n    restraint: 0.6\n").expect("e.yaml:8: washington.restraint is given twice (first"
                + " on line 6)"));
        all.add(exp(cat, "override a list", EXPERIMENT + "overrides:\n  washington.restraint: [0.5]\n").expect(
                "washington.restraint must be a number in [0, 1], but was a list"));
    }

    private static void yamlSyntax(List<Case> all) {
        String cat = "YAML syntax and structure";
        all.add(exp(cat, "a tab for indentation", EXPERIMENT + "overrides:\n\twashington.restraint: 0.5\n").expect(
                "e.yaml:6: malformed YAML", "allowed: well-formed YAML"));
        all.add(exp(cat, "an unclosed quote", EXPERIMENT + "description: \"open\n").expect("malformed YAML",
                "well-formed YAML"));
        all.add(exp(cat, "a value after a value", "experiment: e: f\nscenario: baseline\nruns: 10\nseed: 1\n").expect(
                "e.yaml:1: malformed YAML", "mapping values are not allowed here"));
        all.add(exp(cat, "an unclosed flow mapping", EXPERIMENT + "outputs: {charts: true\n").expect("malformed YAML"));
        all.add(exp(cat, "two documents", EXPERIMENT + "---\n" + EXPERIMENT).expect("e.yaml:5: a second YAML document"
                + " starts here"));
        all.add(exp(cat, "an anchor", EXPERIMENT + "description: &d text\n").expect("e.yaml:5: YAML anchors (&d) are"
                + " not supported"));
        all.add(exp(cat, "an alias", EXPERIMENT + "description: *d\n").expect("e.yaml:5: YAML aliases (*d) are not"
                + " supported"));
        all.add(exp(cat, "a standard tag", expWith("runs", "runs: !!int \"10\"")).expect("e.yaml:3: YAML tags (!!int)"
                + " are not supported"));
        all.add(exp(cat, "a custom tag", EXPERIMENT + "description: !note text\n").expect("YAML tags (!note) are not"
                + " supported"));
        all.add(exp(cat, "a list as a key", EXPERIMENT + "? [a, b]\n: 1\n").expect("e.yaml:5: a key must be a plain"
                + " value, but was a list"));
        all.add(exp(cat, "nesting 100 levels deep", EXPERIMENT + "overrides: " + "[".repeat(100) + "]".repeat(100)
                + "\n").expect("nested deeper than 64 levels"));
        all.add(exp(cat, "an empty file", "").expect("{d}/e.yaml:1: the document is empty"));
        all.add(exp(cat, "only comments", "# an experiment, one day\n").expect("the document is empty"));
        all.add(exp(cat, "only a document marker", "---\n").expect("the document is empty"));
        all.add(exp(cat, "a list at the root", "- experiment: e\n").expect("e.yaml:1: the document must be a YAML"
                + " mapping of keys to values, but was a list"));
        all.add(exp(cat, "a scalar at the root", "hello\n").expect("the document must be a YAML mapping of keys to"
                + " values, but was \"hello\""));
        all.add(exp(cat, "a NUL character", EXPERIMENT + "description: a\u0000b\n").expect("e.yaml:5: malformed YAML:"
                + " the character U+0000"));
        all.add(exp(cat, "a YAML 2.0 directive", "%YAML 2.0\n---\n" + EXPERIMENT).expect("e.yaml:1: malformed YAML: a"
                + " %YAML directive of another version than 1.x"));
        all.add(exp(cat, "a mapping where a list item is expected", EXPERIMENT + "- item\n").expect("e.yaml:5:"
                + " malformed YAML"));
    }

    private static void scenarioFiles(List<Case> all) {
        all.add(scenario("name missing", "extends: baseline\n").expect("{d}/s.yaml:1: scenario is required, but is"
                + " missing"));
        all.add(scenario("name with capitals", "scenario: Hawkish\nextends: baseline\n").expect("s.yaml:1: scenario"
                + " must be a name matching [a-z0-9][a-z0-9-]*, but was \"Hawkish\""));
        all.add(scenario("no actors and no extends", "scenario: s\n").expect("actors is required, but is missing"));
        all.add(scenario("an actor missing", "scenario: s\nactors: [washington, tehran, irgc, gulf, un]\n").expect(
                "s.yaml:2: actors: missing required actor 'moscow'"));
        all.add(scenario("an unknown actor", "scenario: s\nactors: [washington, tehran, irgc, gulf, un, israel]\n")
                .expect("actors: unknown actor 'israel'"));
        all.add(scenario("an actor twice", "scenario: s\nactors: [washington, tehran, irgc, gulf, un, moscow, un]\n")
                .expect("actors: actor 'un' is listed twice"));
        all.add(scenario("actors a word", "scenario: s\nactors: all\n").expect("actors must be a list of"));
        all.add(scenario("extends an unknown name", "scenario: s\nextends: hawkish\n").expect("s.yaml:2: extends"
                + " 'hawkish' is neither an embedded scenario nor a file"));
        all.add(scenario("extends a number", "scenario: s\nextends: 3\n").expect("extends must be an embedded scenario"
                + " name or a file path, but was 3"));
        all.add(scenario("extends an empty text", "scenario: s\nextends: \"\"\n").expect("extends must be an embedded"
                + " scenario name or a file path, but was \"\""));
        all.add(scenario("extends itself", "scenario: s\nextends: s.yaml\n").expect("extends 's.yaml' makes a cycle"));
        all.add(scenario("a cycle of two files", "scenario: s\nextends: t.yaml\n").file("t.yaml",
                "scenario: t\nextends: s.yaml\n").expect("{d}/t.yaml:2: extends 's.yaml' makes a cycle: {d}/s.yaml ->"
                + " {d}/t.yaml -> {d}/s.yaml"));
        B chain = scenario("a chain of 40 extends", "scenario: s\nextends: c1.yaml\n");
        for (int i = 1; i < 40; i++) {
            chain.file("c" + i + ".yaml", "scenario: c" + i + "\nextends: c" + (i + 1) + ".yaml\n");
        }
        chain.file("c40.yaml", "scenario: c40\nextends: baseline\n");
        all.add(chain.expect("makes the chain of extends longer than 32: {d}/s.yaml -> {d}/c1.yaml",
                "allowed: a chain of at most 32 extends"));
        all.add(scenario("extends a folder", "scenario: s\nextends: sub\n").file("sub/keep.txt", "").expect(
                "s.yaml:2: extends '{d}/sub': a folder, not a file"));
        all.add(scenario("extends a file over 1 MiB", "scenario: s\nextends: big.yaml\n").file("big.yaml",
                "#".repeat(1024 * 1024 + 1)).expect("s.yaml:2: extends '{d}/big.yaml': 1,048,577 bytes, too large"));
        all.add(scenario("an error in the extended file", "scenario: s\nextends: t.yaml\n").file("t.yaml",
                "scenario: t\nextends: baseline\nparameters:\n  washington.restraint: 2\n").expect("{d}/t.yaml:4:"
                + " washington.restraint must be a number in [0, 1], but was 2"));
        all.add(scenario("parameters a number", "scenario: s\nextends: baseline\nparameters: 5\n").expect("s.yaml:3:"
                + " parameters must be a mapping of parameter paths to values, but was 5"));
        all.add(scenario("unknown top-level key", "scenario: s\nextends: baseline\nparamters: {}\n").expect("unknown key"
                + " 'paramters'; allowed: model, scenario, description, extends, actors, parameters"));
        all.add(scenario("description a boolean", "scenario: s\nextends: baseline\ndescription: true\n").expect(
                "description must be a text, but was true"));
        all.add(param("an unknown parameter", "run.horizonDay: 100").expect("s.yaml:4: run.horizonDay is not a known"
                + " parameter; did you mean run.horizonDays?"));
        all.add(param("a group as a value", "washington: 0.5").expect("washington is a group of parameters"));
        all.add(param("an integer out of range", "run.horizonDays: 4000").expect("s.yaml:4: run.horizonDays must be a"
                + " whole number in [1, 3650], but was 4000"));
        all.add(param("an integer with a fraction", "run.horizonDays: 365.5").expect("but was 365.5"));
        all.add(param("a quoted number", "run.horizonDays: \"365\"").expect("but was \"365\""));
        all.add(param("no value", "run.horizonDays:").expect("s.yaml:4: run.horizonDays must be a whole number in"
                + " [1, 3650], but was null (no value)"));
        all.add(param("a flag as on (YAML 1.1)", "offramps.unMediation: on").expect("offramps.unMediation must be true"
                + " or false, but was \"on\""));
        all.add(param("a perception noise out of range", "perception.noise.washington.tehran: 7.5").expect(
                "perception.noise.washington.tehran must be a number in", "but was 7.5"));
        all.add(param("below a negative minimum", "succession.forcedDay: -2").expect("succession.forcedDay must be a"
                + " whole number in [-1, 3650], but was -2"));
        all.add(param("an octal number out of range", "run.horizonDays: 0o10000").expect("but was 0o10000"));
        all.add(param("a mapping for a real", "washington.restraint: {low: 0.1}").expect("washington.restraint must be"
                + " a number in [0, 1], but was a mapping"));
        all.add(scenario("given nested and dotted", "scenario: s\nextends: baseline\nparameters:\n  run.horizonDays: 9\n"
                + "  run:\n    horizonDays: 10\n").expect("s.yaml:6: run.horizonDays is given twice (first on line 4)"));
        all.add(c("scenario files", "a bad scenario given to replay").file("s.yaml", "scenario: s\nextends: baseline\n"
                + "parameters:\n  economy.initial: 1.2\n").args("replay", "--scenario", "{d}/s.yaml", "--seed", "1")
                .expect("s.yaml:4: economy.initial must be a number in [0, 1], but was 1.2"));
        all.add(c("scenario files", "a bad scenario named by an experiment").file("s.yaml", "scenario: s\n"
                + "extends: baseline\nparameters:\n  economy.recovery: 0.5\n").file("e.yaml", expWith("scenario",
                "scenario: s.yaml")).args("run", "{d}/e.yaml", "--out", "{d}/out").expect("{d}/s.yaml:4:"
                + " economy.recovery must be a number in [0, 0.1], but was 0.5"));
    }

    private static void compareFiles(List<Case> all) {
        String cat = "policy files: compare";
        all.add(policy(cat, "unknown kind", edit(COMPARE, "kind: compare", "kind: compair")).expect("p.yaml:2: kind must"
                + " be one of compare, sweep, sensitivity, but was \"compair\""));
        all.add(policy(cat, "one variant", edit(COMPARE, "  - name: b\n    overrides:\n      washington.restraint: 0.5\n",
                "")).expect("variants must be a list of at least 2 variants, but was a list of 1 item"));
        all.add(policy(cat, "a variant name twice", edit(COMPARE, "- name: b", "- name: a")).expect("variants[1].name"
                + " must be a name not used by another variant"));
        all.add(policy(cat, "against an unknown variant", edit(COMPARE, "  - name: b\n", "  - name: b\n"
                + "    against: z\n")).expect("variants[1].against must be the name of a variant listed before it"));
        all.add(policy(cat, "against on the reference", edit(COMPARE, "  - name: a\n", "  - name: a\n    against: b\n"))
                .expect("variants[0].against must be absent: the first variant is the reference"));
        all.add(policy(cat, "a variant override out of range", edit(COMPARE, "restraint: 0.5", "restraint: 1.5"))
                .expect("p.yaml:10: variants[1].overrides.washington.restraint must be a number in [0, 1], but was"
                        + " 1.5"));
        all.add(policy(cat, "a variant override of a group", edit(COMPARE, "washington.restraint: 0.5", "tehran: 1"))
                .expect("variants[1].overrides.tehran is a group of parameters"));
        all.add(policy(cat, "a variant that is a word", edit(COMPARE, "  - name: a\n", "  - a\n")).expect(
                "variants[0] must be a mapping with name, description, overrides, against, but was \"a\""));
        all.add(policy(cat, "unknown key", COMPARE + "runz: 5\n").expect("p.yaml:11: unknown key 'runz'"));
        all.add(policy(cat, "an unknown measure", COMPARE + "measures: [WARR]\n").expect("measures must be one of WAR,"
                + " DEAL"));
        all.add(policy(cat, "a measure twice", COMPARE + "measures: [WAR, WAR]\n").expect("measures must be each measure"
                + " once"));
        all.add(policy(cat, "confidence one", COMPARE + "confidence: 1\n").expect("confidence must be a number in"
                + " (0, 1), but was 1"));
        all.add(policy(cat, "confidence a percentage", COMPARE + "confidence: 95%\n").expect("confidence must be a"
                + " number in (0, 1), but was \"95%\""));
        all.add(policy(cat, "threads above the bound", COMPARE + "threads: 4096\n").expect("threads must be a whole"
                + " number in [0, 1024], but was 4096"));
        all.add(policy(cat, "runs zero", edit(COMPARE, "runs: 10", "runs: 0")).expect("p.yaml:5: runs must be a whole"
                + " number in [1, 2147483647], but was 0"));
        all.add(policy(cat, "runsPerPoint in a compare file", COMPARE + "runsPerPoint: 5\n").expect("unknown key"
                + " 'runsPerPoint'"));
        all.add(policy(cat, "precision flag", COMPARE).args("--precision", "0.01").expect("--precision 0.01 does not"
                + " apply to", "kind: compare"));
        all.add(policy(cat, "no-charts flag", COMPARE).args("--no-charts").expect("--no-charts does not apply"));
        all.add(policy(cat, "a --set every variant makes", edit(COMPARE, "  - name: a\n", "  - name: a\n    overrides:\n"
                + "      washington.restraint: 0.9\n")).args("--set", "washington.restraint=0.1").expect(
                "--set washington.restraint would change nothing: every variant of the comparison sets it"));
        all.add(c(cat, "the sweep command on a compare file").file("p.yaml", COMPARE).args("sweep", "{d}/p.yaml",
                "--out", "{d}/out").expect("offramp sweep needs a kind: sweep file", "is kind: compare"));
        all.add(policy(cat, "runs flag above the bound", COMPARE).args("--runs", "3000000000").expect("--runs must be"
                + " in [1, 2147483647], but was 3000000000 (runs per variant)"));
    }

    private static void sweepFiles(List<Case> all) {
        String cat = "policy files: sweep";
        all.add(policy(cat, "unknown design", edit(SWEEP, "type: grid", "type: random")).expect("design.type must be"
                + " one of grid, latin-hypercube, sobol, but was \"random\""));
        all.add(policy(cat, "points for a grid", edit(SWEEP, "type: grid", "type: grid\n  points: 4")).expect(
                "design.points must be absent for a grid"));
        all.add(policy(cat, "a Latin hypercube without points", edit(SWEEP, "type: grid", "type: latin-hypercube"))
                .expect("design.points is required, but is missing"));
        all.add(policy(cat, "zero Sobol points", edit(SWEEP, "type: grid", "type: sobol\n  points: 0")).expect(
                "design.points must be a whole number in [1, 100000], but was 0"));
        all.add(policy(cat, "no factors", edit(SWEEP, "factors:\n  - path: washington.restraint\n    values: [0.5, 1]\n",
                "factors: []\n")).expect("factors must be a non-empty list of factors, but was an empty list"));
        all.add(policy(cat, "an unknown factor path", edit(SWEEP, "path: washington.restraint", "path: washington.x"))
                .expect("factors[0].path must be a parameter path that 'offramp params --model standoff' lists, but"
                        + " was \"washington.x\""));
        all.add(policy(cat, "values and a range", edit(SWEEP, "values: [0.5, 1]", "values: [0.5, 1]\n    from: 0\n"
                + "    to: 1")).expect("either values, or from, to and levels"));
        all.add(policy(cat, "a level out of range", edit(SWEEP, "values: [0.5, 1]", "values: [0.5, 1.5]")).expect(
                "values must be a number in [0, 1] (washington.restraint), but was 1.5"));
        all.add(policy(cat, "from above to", edit(SWEEP, "values: [0.5, 1]", "from: 1\n    to: 0.5\n    levels: 3"))
                .expect("factors[0].to must be greater than from (1), but was 0.5"));
        all.add(policy(cat, "too many levels", edit(SWEEP, "values: [0.5, 1]", "from: 0\n    to: 1\n    levels: 1001"))
                .expect("levels must be a whole number in [1, 1000], but was 1001"));
        all.add(policy(cat, "a factor twice", SWEEP + "  - path: washington.restraint\n    values: [0.2]\n").expect(
                "factors[1].path must be a path not used by another factor"));
        all.add(policy(cat, "a series of an unknown path", SWEEP + "charts:\n  series: [tehran.fatigue]\n").expect(
                "charts.series must be factor paths among [washington.restraint], but was \"tehran.fatigue\""));
        all.add(policy(cat, "charts for a Latin hypercube", edit(edit(SWEEP, "type: grid", "type: latin-hypercube\n"
                + "  points: 4"), "values: [0.5, 1]", "from: 0.5\n    to: 1") + "charts:\n"
                + "  series: [washington.restraint]\n").expect("need a grid"));
        all.add(policy(cat, "levels for a Latin hypercube", edit(SWEEP, "type: grid", "type: latin-hypercube\n"
                + "  points: 4")).expect("unknown key 'factors[0].values'; allowed: path, from, to"));
        all.add(policy(cat, "a heat map on one factor", SWEEP + "charts:\n  heatMap:\n    x: washington.restraint\n"
                + "    y: washington.restraint\n    measure: WAR\n").expect("two different factor paths"));
        all.add(policy(cat, "a --set of a factor", SWEEP).args("--set", "washington.restraint=0.2").expect("--set"
                + " washington.restraint would change nothing: it is a factor of the sweep"));
        all.add(policy(cat, "a factor level that is a word", edit(SWEEP, "values: [0.5, 1]", "values: [low, high]"))
                .expect("values must be a number in [0, 1] (washington.restraint), but was \"low\""));
    }

    private static void sensitivityFiles(List<Case> all) {
        String cat = "policy files: sensitivity";
        all.add(policy(cat, "one factor", edit(SENSITIVITY, "  - path: perception.noiseScale\n    from: 0.5\n"
                + "    to: 2\n", "")).expect("factors must be a list of 2 to 32 factors"));
        all.add(policy(cat, "one sample", edit(SENSITIVITY, "samples: 8", "samples: 1")).expect("samples must be a whole"
                + " number in [2, 65536], but was 1"));
        all.add(policy(cat, "runs per point missing", edit(SENSITIVITY, "runsPerPoint: 10\n", "")).expect("runsPerPoint"
                + " is required, but is missing"));
        all.add(policy(cat, "negative bootstrap", SENSITIVITY + "bootstrap: -1\n").expect("bootstrap must be a whole"
                + " number in [0, 100000], but was -1"));
        all.add(policy(cat, "levels on a range factor", edit(SENSITIVITY, "    to: 2\n", "    to: 2\n    levels: 3\n"))
                .expect("unknown key 'factors[1].levels'; allowed: path, from, to"));
        all.add(policy(cat, "an empty range", edit(SENSITIVITY, "    to: 2\n", "    to: 0.5\n")).expect(
                "factors[1].to must be greater than from (0.5), but was 0.5"));
        all.add(policy(cat, "runs instead of runsPerPoint", edit(SENSITIVITY, "runsPerPoint: 10", "runs: 10")).expect(
                "unknown key 'runs'"));
        all.add(policy(cat, "a design section", SENSITIVITY + "design:\n  type: sobol\n").expect("unknown key"
                + " 'design'"));
        all.add(policy(cat, "a range beyond the parameter's", edit(SENSITIVITY, "    to: 1\n", "    to: 3\n")).expect(
                "to must be a number in [0, 1] (washington.restraint), but was 3"));
        all.add(c(cat, "the sensitivity command on a sweep file").file("p.yaml", SWEEP).args("sensitivity",
                "{d}/p.yaml", "--out", "{d}/out").expect("offramp sensitivity needs a kind: sensitivity file"));
        all.add(policy(cat, "seed a real", edit(SENSITIVITY, "seed: 1", "seed: 1.0e3")).expect("seed must be an integer"
                + " in [", "but was 1.0e3"));
    }

    private static void otherCommands(List<Case> all) {
        String cat = "other commands";
        all.add(c(cat, "replay of an unknown scenario").args("replay", "--scenario", "nowhere", "--seed", "1").expect(
                "offramp replay: nowhere: neither an embedded scenario nor a file", "baseline"));
        all.add(c(cat, "replay without a seed").args("replay", "--scenario", "baseline").expect("Missing required"
                + " option: '--seed=S'"));
        all.add(c(cat, "replay with a real seed").args("replay", "--scenario", "baseline", "--seed", "1.5").expect(
                "'--seed'", "\"1.5\""));
        all.add(c(cat, "replay with an unknown override").args("replay", "--scenario", "baseline", "--seed", "1",
                "--set", "x.y=1").expect("--set: x.y is not a known parameter"));
        all.add(c(cat, "replay of an empty scenario").args("replay", "--scenario", "", "--seed", "1").expect(
                "the scenario is empty"));
        all.add(c(cat, "params of an unknown scenario").args("params", "nowhere").expect("offramp params: nowhere: neither"
                + " an embedded scenario nor a file"));
        all.add(c(cat, "params of a folder").file("sub/keep.txt", "").args("params", "{d}/sub").expect("{d}/sub: a"
                + " folder, not a file"));
        all.add(c(cat, "params with two scenarios").args("params", "baseline", "war-prone").expect("Unmatched argument"));
        all.add(c(cat, "scenarios with an option").args("scenarios", "--all").expect("Unknown option: '--all'"));
        all.add(c(cat, "bench with too few runs").args("bench", "--runs", "5").expect("--runs must be in [100, 1000000],"
                + " but was 5"));
        all.add(c(cat, "bench with too many threads").args("bench", "--threads", "5000").expect("--threads must be in"
                + " [0, 1024]"));
        all.add(c(cat, "bench with a negative warm-up").args("bench", "--warmup", "-1").expect("--warmup must be in"
                + " [0, 1000000], but was -1"));
        all.add(c(cat, "bench with runs as a word").args("bench", "--runs", "lots").expect("'--runs'", "\"lots\""));
        all.add(c(cat, "bench with no repeats").args("bench", "--repeats", "0").expect("--repeats must be in [1, 100],"
                + " but was 0"));
        all.add(c(cat, "merge of a missing folder").args("merge", "{d}/shard-0", "--out", "{d}/merged").expect(
                "shard folder {d}/shard-0 does not exist or is not a folder"));
        all.add(c(cat, "merge without --out").file("shard-0/keep.txt", "").args("merge", "{d}/shard-0").expect(
                "Missing required option: '--out=DIR'"));
        all.add(c(cat, "merge into an empty path").file("shard-0/keep.txt", "").args("merge", "{d}/shard-0", "--out",
                "").expect("'--out'", "must be a folder path, but was empty"));
        all.add(c(cat, "merge into a shard").file("shard-0/keep.txt", "").args("merge", "{d}/shard-0", "--out",
                "{d}/shard-0").expect("--out {d}/shard-0 is one of the shard folders"));
        all.add(c(cat, "merge of a folder that is no shard").file("shard-0/keep.txt", "").args("merge", "{d}/shard-0",
                "--out", "{d}/merged").expect("{d}/shard-0"));
        all.add(c(cat, "merge of an empty shard path").args("merge", "", "--out", "{d}/merged").expect(
                "must be a folder path, but was empty"));
        all.add(c(cat, "an unknown command").args("frobnicate").expect("Unmatched argument at index 0: 'frobnicate'"));
        all.add(c(cat, "no command").args().expect("a command is required"));
    }

    /**
     * The files of real results folders, made once by the tool from {@link #EXPERIMENT}: a complete
     * run without charts ({@code run/}) and its two shards ({@code s0/}, {@code s1/}; the experiment's
     * one block falls to shard 1/2, shard 0/2 holds the header only). The cases copy them and change
     * one thing.
     */
    private static final class Made {
        static final Map<String, byte[]> FILES = make();

        private static Map<String, byte[]> make() {
            try {
                Path d = Files.createTempDirectory("offramp-corpus");
                try {
                    Files.writeString(d.resolve("e.yaml"), EXPERIMENT);
                    String e = d.resolve("e.yaml").toString();
                    for (String[] args : List.of(
                            new String[] {"run", e, "--out", d.resolve("run").toString(), "--quiet", "--no-charts"},
                            new String[] {"run", e, "--shard", "0/2", "--out", d.resolve("s0").toString(), "--quiet"},
                            new String[] {"run", e, "--shard", "1/2", "--out", d.resolve("s1").toString(), "--quiet"})) {
                        Cli.Result r = Cli.run(args);
                        assertEquals(0, r.code(), r::toString);
                    }
                    Map<String, byte[]> files = new TreeMap<>();
                    try (Stream<Path> all = Files.walk(d)) {
                        for (Path f : all.filter(Files::isRegularFile).toList()) {
                            files.put(d.relativize(f).toString(), Files.readAllBytes(f));
                        }
                    }
                    return files;
                } finally {
                    try (Stream<Path> all = Files.walk(d)) {
                        for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(f);
                        }
                    }
                }
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        /** The files under {@code from/} of the made folders, placed under {@code to/}. */
        static Map<String, byte[]> folder(String from, String to) {
            Map<String, byte[]> m = new TreeMap<>();
            FILES.forEach((k, v) -> {
                if (k.startsWith(from + "/")) {
                    m.put(to + k.substring(from.length()), v.clone());
                }
            });
            assertFalse(m.isEmpty(), "no files under " + from);
            return m;
        }

        /** {@code bytes} with one bit flipped in the middle of the last data row. */
        static byte[] bitFlipped(byte[] bytes) {
            byte[] b = bytes.clone();
            int at = b.length - 4;
            assertTrue(Character.isDigit(b[at]) || Character.isLetter(b[at]), "flip a digit or letter");
            b[at] ^= 0x01;
            return b;
        }

        /** {@code text} with {@code from} replaced by {@code to} (which must occur once). */
        static byte[] edited(byte[] text, String from, String to) {
            return edit(new String(text, StandardCharsets.UTF_8), from, to).getBytes(StandardCharsets.UTF_8);
        }

        /** {@code bytes} without their last line. */
        static byte[] lastLineRemoved(byte[] bytes) {
            String t = new String(bytes, StandardCharsets.UTF_8);
            return t.substring(0, t.lastIndexOf('\n', t.length() - 2) + 1).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A case on copies of the made folders ({@link Made}), changed by {@code change}. */
    private static B madeFolders(String name, java.util.function.Consumer<Map<String, byte[]>> change,
            String... folders) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String f : folders) {
            String[] fromTo = f.split(">");
            files.putAll(Made.folder(fromTo[0], fromTo[fromTo.length - 1]));
        }
        change.accept(files);
        B b = c("results folders", name).file("e.yaml", EXPERIMENT);
        files.forEach(b::bytes);
        return b;
    }

    /** {@code run e.yaml --out {d}/out --quiet --resume} on a copy of the complete run, changed. */
    private static B resumeOf(String name, java.util.function.Consumer<Map<String, byte[]>> change) {
        return madeFolders(name, change, "run>out").args("run", "{d}/e.yaml", "--out", "{d}/out", "--quiet",
                "--resume");
    }

    /** {@code merge {d}/s0 {d}/s1 --out {d}/merged} on copies of the two shards, changed. */
    private static B mergeOf(String name, java.util.function.Consumer<Map<String, byte[]>> change) {
        return madeFolders(name, change, "s0", "s1").args("merge", "{d}/s0", "{d}/s1", "--out", "{d}/merged");
    }

    private static void resultsFolders(List<Case> all) {
        String foreign = "--overwrite deletes only the files an experiment writes";
        all.add(madeFolders("overwrite of a folder holding a file of the user's", f -> f.put("out/notes.txt",
                "mine".getBytes(StandardCharsets.UTF_8)), "run>out").args("run", "{d}/e.yaml", "--out", "{d}/out",
                "--quiet", "--overwrite").expect("results folder {d}/out holds files that are not an experiment's"
                + " (notes.txt)", foreign, "allowed: move those files away, or another --out"));
        all.add(madeFolders("overwrite of a folder holding an unknown subfolder", f -> f.put("out/data/x.csv",
                "a,b\n".getBytes(StandardCharsets.UTF_8)), "run>out").args("run", "{d}/e.yaml", "--out", "{d}/out",
                "--quiet", "--overwrite").expect("holds files that are not an experiment's (data/)", foreign));
        all.add(madeFolders("overwrite of a folder whose charts/ holds a file that is no chart", f -> f.put(
                "out/charts/mine.png", new byte[] {1, 2, 3}), "run>out").args("run", "{d}/e.yaml", "--out", "{d}/out",
                "--quiet", "--overwrite").expect("holds files that are not an experiment's (charts/mine.png)", foreign));
        all.add(resumeOf("resume of a finished folder whose runs.csv was altered", f -> f.put("out/runs.csv",
                Made.bitFlipped(f.get("out/runs.csv")))).expect("cannot resume in {d}/out: runs.csv is not the file"
                + " the experiment wrote: its SHA-256 is", "its content was altered", "overwrite (--overwrite)"));
        all.add(resumeOf("resume of a finished folder whose runs.csv lost a row", f -> f.put("out/runs.csv",
                Made.lastLineRemoved(f.get("out/runs.csv")))).expect("runs.csv is not the file the experiment wrote:"
                + " it has", "9 rows, but", "10 rows were recorded", "overwrite (--overwrite)"));
        all.add(resumeOf("resume of a finished folder without its runs.csv", f -> f.remove("out/runs.csv")).expect(
                "runs.csv is missing, but the checkpoint records a complete experiment with 10 rows",
                "overwrite (--overwrite)"));
        all.add(resumeOf("resume of a checkpoint of the old format", f -> f.put("out/checkpoint.json", Made.edited(
                f.get("out/checkpoint.json"), "offramp-checkpoint/3", "offramp-checkpoint/2"))).expect(
                "checkpoint.json format must be offramp-checkpoint/3, but was \"offramp-checkpoint/2\"",
                "written by another version of the library", "overwrite (--overwrite)"));
        all.add(resumeOf("resume of an unfinished checkpoint next to a runs.csv", f -> f.put("out/checkpoint.json",
                Made.edited(f.get("out/checkpoint.json"), "\"COMPLETE\"", "\"RUNNING\""))).expect("it holds runs.csv,"
                + " but its checkpoint is of an unfinished experiment", "overwrite (--overwrite)"));
        all.add(resumeOf("resume of a folder whose checkpoint was deleted", f -> f.remove("out/checkpoint.json"))
                .expect("cannot resume in {d}/out: it holds [runs.csv, stories/", "summary.json] but no checkpoint.json",
                        "start again with overwrite (--overwrite)"));
        all.add(mergeOf("merge of a bit-flipped shard", f -> f.put("s1/runs.csv", Made.bitFlipped(f.get(
                "s1/runs.csv")))).expect("{d}/s1/runs.csv has been changed since shard 1/2 wrote it: its SHA-256 is",
                "its content was altered", "rerun that shard"));
        all.add(mergeOf("merge of a shard that lost a row", f -> f.put("s1/runs.csv", Made.lastLineRemoved(f.get(
                "s1/runs.csv")))).expect("{d}/s1/runs.csv has been changed since shard 1/2 wrote it: it has",
                "9 rows, but", "10 rows were recorded"));
        all.add(mergeOf("merge of a shard of the old partial format", f -> f.put("s1/partial.json", Made.edited(
                f.get("s1/partial.json"), "offramp-partial/3", "offramp-partial/2"))).expect("{d}/s1/partial.json:"
                + " format must be offramp-partial/3, but was \"offramp-partial/2\"", "another version of the library"));
        all.add(madeFolders("merge --overwrite into a folder holding a file of the user's", f -> f.put(
                "merged/notes.txt", "mine".getBytes(StandardCharsets.UTF_8)), "s0", "s1").args("merge", "{d}/s0",
                "{d}/s1", "--out", "{d}/merged", "--overwrite").expect("--out {d}/merged holds files that are not an"
                + " experiment's (notes.txt)", foreign));
        all.add(madeFolders("rerun --overwrite into a folder holding a file of the user's", f -> f.put(
                "again/notes.txt", "mine".getBytes(StandardCharsets.UTF_8)), "run>out").args("rerun", "{d}/out",
                "--out", "{d}/again", "--quiet", "--overwrite").expect("results folder {d}/again holds files that are"
                + " not an experiment's (notes.txt)", foreign));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void isRefusedWithItsMessageAndWritesNothing(Case k, @TempDir Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : k.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Map<String, Long> before = listing(dir);
        String d = dir.toString();
        Cli.Result r = Cli.run(k.args().stream().map(a -> a.replace("{d}", d)).toArray(String[]::new));
        assertEquals(k.exit(), r.code(), r::toString);
        for (String f : k.fragments()) {
            String expected = f.replace("{d}", d);
            assertTrue(r.err().contains(expected), () -> "'" + expected + "' not in the message:\n" + r.err());
        }
        for (String a : k.absent()) {
            assertFalse(r.err().contains(a), () -> "'" + a + "' should not be in the message:\n" + r.err());
        }
        assertFalse(r.err().contains("\tat org.offramp"), () -> "a stack trace for bad input:\n" + r.err());
        assertEquals("", r.out(), "bad input printed results");
        assertEquals(before, listing(dir), "bad input changed the folder");
    }

    /** Every file and folder under {@code dir}, with each file's size. */
    private static Map<String, Long> listing(Path dir) throws IOException {
        Map<String, Long> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                all.put(dir.relativize(p).toString(), Files.isDirectory(p) ? -1 : Files.size(p));
            }
        }
        return all;
    }

    /** The corpus is as large as promised, its cases are distinct, and each category has several. */
    @Test
    void categories() {
        List<Case> all = cases();
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(Case::category, TreeMap::new,
                Collectors.counting()));
        assertTrue(all.size() >= 150, "only " + all.size() + " cases: " + counts);
        counts.forEach((category, n) -> assertTrue(n >= 5, category + " has only " + n + " cases"));
        assertEquals(all.size(), all.stream().map(Case::toString).distinct().count(), "two cases share a name");
        assertEquals(all.size(), all.stream().map(k -> k.args() + " " + k.files().entrySet().stream()
                .map(e -> e.getKey() + "=" + new String(e.getValue(), StandardCharsets.ISO_8859_1))
                .sorted().toList()).distinct().count(), "two cases have the same input");
    }
}
