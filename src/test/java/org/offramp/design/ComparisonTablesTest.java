package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.ProgressListener;
import org.offramp.output.chart.Differences;
import org.offramp.output.chart.GroupedShares;
import org.offramp.random.Seeds;

/**
 * A comparison of three variants on three measures with the stand-in {@link ThresholdModel}, whose
 * every run is counted by hand from its uniform: the shares and discordant counts of every variant
 * and measure, and every table and chart built from them (CSV, Markdown, charts' data).
 */
class ComparisonTablesTest {
    private static final Measure WAR = Measure.parse("WAR");
    private static final Measure DEAL = Measure.parse("DEAL");
    private static final Measure STALEMATE = Measure.parse("STALEMATE");
    private static final List<Measure> MEASURES = List.of(WAR, DEAL, STALEMATE);
    private static final int RUNS = 1234;
    /** WAR thresholds of base, weak and weaker: 0.5 (1 - restraint). */
    private static final double[] WAR_BELOW = {0.1, 0.3, 0.4};

    // Run anew for every test (not held in a static field), so the tables come from the code as it
    // is when the test runs.
    private final ComparisonResult r = ComparisonTest.threeVariants().measures(MEASURES).threads(2).build()
            .run(ThresholdModel.MODEL, ProgressListener.NONE);

    /** Whether variant {@code v}'s run with uniform {@code u} has measure {@code m}. */
    private static boolean has(int v, int m, double u) {
        return switch (m) {
            case 0 -> u < WAR_BELOW[v];
            case 1 -> u >= 0.9;
            default -> u >= WAR_BELOW[v] && u < 0.9;
        };
    }

    private static long yes(int v, int m) {
        long n = 0;
        for (int i = 0; i < RUNS; i++) {
            n += has(v, m, ThresholdModel.u(Seeds.runSeed(99, i))) ? 1 : 0;
        }
        return n;
    }

    /** Runs where variant a has measure m and variant b has not. */
    private static long only(int a, int b, int m) {
        long n = 0;
        for (int i = 0; i < RUNS; i++) {
            double u = ThresholdModel.u(Seeds.runSeed(99, i));
            n += has(a, m, u) && !has(b, m, u) ? 1 : 0;
        }
        return n;
    }

    private static final String[] NAMES = {"base", "weak", "weaker"};

    @Test
    void everyShareAndDiscordanceIsTheHandCount() {
        assertEquals(RUNS, r.runs());
        assertTrue(r.wallSeconds() > 0 && r.wallSeconds() < 600, "wall time in seconds: " + r.wallSeconds());
        assertSame(MEASURES.get(2), r.comparison().measures().get(2));
        for (int v = 0; v < 3; v++) {
            for (int m = 0; m < 3; m++) {
                ComparisonResult.Share s = r.share(NAMES[v], MEASURES.get(m));
                assertEquals(yes(v, m), s.count(), NAMES[v] + " " + MEASURES.get(m));
                assertEquals(yes(v, m) / (double) RUNS, s.share(), 1e-15);
                for (int w = 0; w < 3; w++) {
                    assertArrayEquals(new long[] {only(v, w, m), only(w, v, m)},
                            r.discordance(NAMES[v], NAMES[w], MEASURES.get(m)), NAMES[v] + " vs " + NAMES[w]);
                }
            }
        }
        assertTrue(only(1, 0, 0) > 200, "the premise: weak has many more wars than base");
    }

    @Test
    void eachDifferenceIsAgainstItsReferenceWithItsOwnCounts() {
        int[] against = {-1, 0, 1};
        List<ComparisonResult.PairedDifference> all = r.differences();
        assertEquals(6, all.size(), "two compared variants times three measures");
        for (int v = 1; v < 3; v++) {
            int a = against[v];
            for (int m = 0; m < 3; m++) {
                ComparisonResult.PairedDifference d = r.difference(NAMES[v], MEASURES.get(m));
                assertSame(d, all.get((v - 1) * 3 + m), "ordered by variant then measure");
                assertEquals(NAMES[a], d.against());
                assertEquals(RUNS, d.runs());
                long b = only(v, a, m);
                long c = only(a, v, m);
                assertEquals(b, d.variantOnly());
                assertEquals(c, d.againstOnly());
                assertEquals(yes(v, m) / (double) RUNS, d.variantShare(), 1e-15);
                assertEquals(yes(a, m) / (double) RUNS, d.againstShare(), 1e-15);
                // the paired difference of shares is the difference of the shares
                assertEquals(d.variantShare() - d.againstShare(), d.difference(), 1e-12);
                assertEquals(PairedStatistics.pairedInterval(b, c, RUNS, 0.95), d.paired());
                assertEquals(PairedStatistics.unpairedInterval(yes(v, m), RUNS, yes(a, m), RUNS, 0.95), d.unpaired());
                assertEquals((d.paired().upper() - d.paired().lower()) / (d.unpaired().upper() - d.unpaired().lower()),
                        d.widthRatio(), 1e-12);
                assertEquals(PairedStatistics.mcNemarMidP(b, c), d.mcNemarMidP());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> r.difference("base", WAR), "the reference has none");
    }

    @Test
    void theMedianWidthRatioIsTheMedianOfTheDifferences() {
        double[] ratios = r.differences().stream().mapToDouble(ComparisonResult.PairedDifference::widthRatio).sorted()
                .toArray();
        assertEquals(6, ratios.length);
        assertEquals((ratios[2] + ratios[3]) / 2, r.medianWidthRatio(), 0.0);
        assertTrue(ratios[2] != ratios[3], "the premise: the middle two differ, so the mean of them is not either one");
        // an odd count: one compared variant, three measures
        ComparisonResult odd = Comparison.builder().name("odd")
                .variant("base", ComparisonTest.BASE.with("washington.restraint", 0.8))
                .variant("weak", ComparisonTest.BASE.with("washington.restraint", 0.4))
                .measures(MEASURES).runs(500).masterSeed(3).build().run(ThresholdModel.MODEL, ProgressListener.NONE);
        double[] o = odd.differences().stream().mapToDouble(ComparisonResult.PairedDifference::widthRatio).sorted()
                .toArray();
        assertEquals(3, o.length);
        assertEquals(o[1], odd.medianWidthRatio(), 0.0);
        assertTrue(o[0] != o[1] && o[1] != o[2], "the premise: three distinct ratios");
    }

    @Test
    void theCsvHasOneRowPerVariantAndMeasureWithDifferencesOnlyForComparedVariants() {
        String[] lines = ComparisonWriter.csv(r).split("\n");
        assertEquals(1 + 9, lines.length);
        assertEquals("variant,against,measure,runs,count,share,wilsonLower,wilsonUpper,difference,pairedLower,"
                + "pairedUpper,unpairedLower,unpairedUpper,widthRatio,variantOnly,againstOnly,mcNemarMidP", lines[0]);
        for (int v = 0; v < 3; v++) {
            for (int m = 0; m < 3; m++) {
                String[] cells = lines[1 + v * 3 + m].split(",", -1);
                assertEquals(17, cells.length, lines[1 + v * 3 + m]);
                assertEquals(NAMES[v], cells[0]);
                assertEquals(MEASURES.get(m).name(), cells[2]);
                assertEquals(Long.toString(yes(v, m)), cells[4]);
                if (v == 0) {
                    assertEquals("", cells[1]);
                    for (int c = 8; c < 17; c++) {
                        assertEquals("", cells[c], "the reference has no difference columns");
                    }
                } else {
                    ComparisonResult.PairedDifference d = r.difference(NAMES[v], MEASURES.get(m));
                    assertEquals(NAMES[v - 1], cells[1]);
                    assertEquals(d.difference(), Double.parseDouble(cells[8]));
                    assertEquals(d.paired().lower(), Double.parseDouble(cells[9]));
                    assertEquals(d.unpaired().upper(), Double.parseDouble(cells[12]));
                    assertEquals(Long.toString(d.variantOnly()), cells[14]);
                    assertEquals(Long.toString(d.againstOnly()), cells[15]);
                }
            }
        }
    }

    @Test
    void theMarkdownRowsNameTheReferenceAndStarSignificantDifferences() {
        String md = ComparisonWriter.markdown(r);
        List<String> rows = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (line.startsWith("| base") || line.startsWith("| weak")) {
                rows.add(line);
            }
        }
        assertEquals(3, rows.size(), md);
        assertTrue(md.startsWith("| variant | against | WAR | Δ WAR (pp) | DEAL | Δ DEAL (pp) | STALEMATE |"), md);
        String[] base = rows.get(0).split("\\|");
        assertEquals("base", base[1].strip());
        assertEquals("", base[2].strip(), "the reference is compared with nothing");
        assertEquals("", base[4].strip(), "nor has a difference");
        String[] weak = rows.get(1).split("\\|");
        assertEquals("weak", weak[1].strip());
        assertEquals("base", weak[2].strip());
        ComparisonResult.PairedDifference war = r.difference("weak", WAR);
        assertTrue(war.mcNemarMidP() < 0.01, "the premise: weak's extra wars are significant");
        assertEquals(Tables.pp(war.difference(), war.paired().lower(), war.paired().upper()) + " *", weak[4].strip());
        ComparisonResult.PairedDifference deal = r.difference("weak", DEAL);
        assertEquals(1.0, deal.mcNemarMidP(), "DEAL does not depend on restraint: no discordant run");
        assertEquals(Tables.pp(0, deal.paired().lower(), deal.paired().upper()), weak[6].strip());
        assertEquals(Tables.pct(r.share("weak", WAR).share()), weak[3].strip());
        assertEquals("weak", rows.get(2).split("\\|")[2].strip());
        assertTrue(md.contains("1,234 runs per variant on common seeds (master seed 99)"), md);
        assertTrue(md.contains("with its 95% Agresti–Min interval"), md);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "width ratio: %.2f.", r.medianWidthRatio())), md);
    }

    @Test
    void theChartsShowTheSharesAndTheDifferencesOfEachVariant() {
        GroupedShares g = ComparisonWriter.groupedShares(r);
        assertEquals(List.of("base", "weak", "weaker"), g.scenarios());
        assertEquals(List.of("WAR", "DEAL", "STALEMATE"), g.outcomes());
        for (int v = 0; v < 3; v++) {
            for (int m = 0; m < 3; m++) {
                ComparisonResult.Share s = r.share(NAMES[v], MEASURES.get(m));
                assertEquals(s.share(), g.share()[v][m]);
                assertEquals(s.wilson().lower(), g.lower()[v][m]);
                assertEquals(s.wilson().upper(), g.upper()[v][m]);
            }
        }
        assertNull(ComparisonWriter.differences(r, "base"));
        Differences d = ComparisonWriter.differences(r, "weaker");
        assertEquals(List.of("WAR", "DEAL", "STALEMATE"), d.labels());
        ComparisonResult.PairedDifference war = r.difference("weaker", WAR);
        assertEquals(war.difference(), d.difference()[0]);
        assertEquals(Math.min(war.difference(), war.paired().lower()), d.lower()[0]);
        assertEquals(Math.max(war.difference(), war.paired().upper()), d.upper()[0]);
    }

    @Test
    void sixtyFourMeasuresAreCountedEachInItsOwnPlace() {
        // the most measures a comparison takes: one bit each of a 64-bit word per run
        List<Measure> many = new ArrayList<>(List.of(STALEMATE));
        for (int d = 1; d < 64; d++) {
            many.add(Measure.parse("WAR_BY_DAY_" + d));
        }
        ComparisonResult c = Comparison.builder().name("wide")
                .variant("base", ComparisonTest.BASE.with("washington.restraint", 0.8))
                .variant("weak", ComparisonTest.BASE.with("washington.restraint", 0.4))
                .measures(many).runs(RUNS).masterSeed(99).build().run(ThresholdModel.MODEL, ProgressListener.NONE);
        for (int v = 0; v < 2; v++) {
            assertEquals(yes(v, 2), c.share(NAMES[v], STALEMATE).count(), NAMES[v]);
        }
        assertArrayEquals(new long[] {only(0, 1, 2), only(1, 0, 2)}, c.discordance("base", "weak", STALEMATE));
        assertEquals(countWarsByDay(0, 63), c.share("base", many.get(63)).count());
        assertEquals(countWarsByDay(1, 63), c.share("weak", many.get(63)).count());
    }

    /** Runs of variant v that end in WAR on day d or earlier (the stand-in's war day is u x 500). */
    private static long countWarsByDay(int v, int d) {
        long n = 0;
        for (int i = 0; i < RUNS; i++) {
            double u = ThresholdModel.u(Seeds.runSeed(99, i));
            n += u < WAR_BELOW[v] && (int) (u * 500) <= d ? 1 : 0;
        }
        return n;
    }
}
