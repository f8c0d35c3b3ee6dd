package org.offramp.experiment.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void cancellationThatPlainSummingLoses() {
        ExactSum s = new ExactSum();
        s.add(1e16);
        s.add(1.0);
        s.add(-1e16);
        assertEquals(1.0, s.value());
        assertEquals(0.0, 1e16 + 1.0 - 1e16); // what a plain double sum gives
    }

    @Test
    void resultIsTheCorrectlyRoundedExactSumWhateverTheOrderAndGrouping() {
        Random rnd = new Random(20190517);
        List<Double> xs = new ArrayList<>();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 5000; i++) {
            double x = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(12) - 4);
            xs.add(x);
            exact = exact.add(new BigDecimal(x));
        }
        double expected = exact.round(MathContext.DECIMAL128).doubleValue();
        ExactSum inOrder = new ExactSum();
        xs.forEach(inOrder::add);
        assertEquals(expected, inOrder.value());

        Collections.shuffle(xs, new Random(7));
        ExactSum a = new ExactSum();
        ExactSum b = new ExactSum();
        ExactSum c = new ExactSum();
        for (int i = 0; i < xs.size(); i++) {
            (i < 1000 ? a : i < 3500 ? b : c).add(xs.get(i));
        }
        ExactSum left = ExactSum.of(a.partials(), 0, false);
        left.merge(b);
        left.merge(c);
        ExactSum right = ExactSum.of(c.partials(), 0, false);
        right.merge(b);
        right.merge(a);
        assertEquals(Double.doubleToLongBits(inOrder.value()), Double.doubleToLongBits(left.value()));
        assertEquals(Double.doubleToLongBits(inOrder.value()), Double.doubleToLongBits(right.value()));
    }

    @Test
    void nonFiniteValuesPropagate() {
        ExactSum s = new ExactSum();
        s.add(1.0);
        s.add(Double.NaN);
        assertEquals(Double.NaN, s.value());
        ExactSum t = new ExactSum();
        t.add(Double.POSITIVE_INFINITY);
        ExactSum u = new ExactSum();
        u.merge(t);
        assertEquals(Double.POSITIVE_INFINITY, u.value());
    }

    /** The exact sum of {@code xs}, correctly rounded once (BigDecimal holds every double exactly). */
    private static double exact(double... xs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            sum = sum.add(new BigDecimal(x));
        }
        return sum.doubleValue();
    }

    private static double sum(double... xs) {
        ExactSum s = new ExactSum();
        for (double x : xs) {
            s.add(x);
        }
        return s.value();
    }

    @Test
    void halfwayCasesRoundAsTheExactSumDecides() {
        double half = 0x1p-53;      // half an ulp of 1.0
        double tiny = 0x1p-100;
        // a tie alone rounds to even (1.0); anything beyond the tie, however small, decides
        assertEquals(1.0, sum(1.0, half));
        assertEquals(Math.nextUp(1.0), sum(1.0, half, tiny));
        assertEquals(1.0, sum(1.0, half, -tiny));
        assertEquals(Math.nextUp(1.0) + 0x1p-52, sum(Math.nextUp(1.0), half), "an odd last bit rounds up to even");
        assertEquals(Math.nextUp(1.0), sum(Math.nextUp(1.0), half, -tiny));
        assertEquals(-Math.nextUp(1.0), sum(-1.0, -half, -tiny));
        assertEquals(-1.0, sum(-1.0, -half, tiny));
        for (double[] xs : new double[][] {{1.0, half, tiny}, {1.0, half, -tiny}, {-1.0, -half, -tiny},
            {Math.nextUp(1.0), half, -tiny}, {1e16, 1.0, 1e-16}, {0x1p60, 1.0, 0x1p-60, -0x1p-120}}) {
            assertEquals(exact(xs), sum(xs), java.util.Arrays.toString(xs));
        }
    }

    @Test
    void randomSumsOfEveryMagnitudeAreCorrectlyRounded() {
        // values of widely spread exponents and both signs, with many near-cancellations and ties:
        // each sum is compared with BigDecimal's exact sum rounded once
        java.util.SplittableRandom r = new java.util.SplittableRandom(20190517);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + r.nextInt(8);
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                double m = (1 + r.nextInt(1 << 20)) * (r.nextBoolean() ? 1 : -1);
                xs[i] = Math.scalb(m, r.nextInt(-80, 60));
                if (i > 0 && r.nextInt(3) == 0) {
                    xs[i] = -xs[i - 1] + Math.scalb(m, r.nextInt(-120, -40));   // near-cancellation
                }
            }
            assertEquals(exact(xs), sum(xs), java.util.Arrays.toString(xs));
            ExactSum back = ExactSum.of(partialsOf(xs), 0, false);
            assertEquals(exact(xs), back.value(), "restored from partials: " + java.util.Arrays.toString(xs));
        }
    }

    private static double[] partialsOf(double... xs) {
        ExactSum s = new ExactSum();
        for (double x : xs) {
            s.add(x);
        }
        return s.partials();
    }

    @Test
    void theCanonicalPartialsAddUpExactlyAndLeadWithTheRoundedSum() {
        double[] xs = {1e16, 1.0, 1e-16, -3.0, 0x1p-70};
        double[] p = partialsOf(xs);
        assertEquals(exact(xs), p[0]);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal want = BigDecimal.ZERO;
        for (double x : p) {
            total = total.add(new BigDecimal(x));
        }
        for (double x : xs) {
            want = want.add(new BigDecimal(x));
        }
        assertEquals(0, want.compareTo(total), "the partials hold the exact sum");
        assertEquals(0, partialsOf().length);
        assertEquals(0, partialsOf(2.5, -2.5).length);
        assertEquals(0.0, sum());
    }

    @Test
    void overflowOfTheTotalIsKeptAsNonFinite() {
        ExactSum s = new ExactSum();
        s.add(Double.MAX_VALUE);
        assertEquals(false, s.hasNonFinite());
        s.add(Double.MAX_VALUE);
        assertEquals(true, s.hasNonFinite());
        assertEquals(Double.POSITIVE_INFINITY, s.nonFinite());
        assertEquals(Double.POSITIVE_INFINITY, s.value());
        ExactSum neg = new ExactSum();
        neg.add(-Double.MAX_VALUE);
        neg.add(-Double.MAX_VALUE);
        assertEquals(Double.NEGATIVE_INFINITY, neg.value());
    }

    @Test
    void aMergedNonFiniteSumStaysNonFiniteAndRestoresAsSuch() {
        ExactSum t = new ExactSum();
        t.add(Double.NEGATIVE_INFINITY);
        t.add(2.0);
        assertEquals(Double.NEGATIVE_INFINITY, t.nonFinite());
        ExactSum u = new ExactSum();
        u.add(1.0);
        u.merge(t);
        assertEquals(true, u.hasNonFinite());
        assertEquals(Double.NEGATIVE_INFINITY, u.value());
        ExactSum finite = new ExactSum();
        finite.add(1.0);
        u = new ExactSum();
        u.merge(finite);
        assertEquals(false, u.hasNonFinite());
        assertEquals(0.0, u.nonFinite());
        assertEquals(Double.NEGATIVE_INFINITY, ExactSum.of(new double[] {1.0}, Double.NEGATIVE_INFINITY, true).value());
        assertEquals(1.0, ExactSum.of(new double[] {1.0}, 0, false).value());
    }
}
