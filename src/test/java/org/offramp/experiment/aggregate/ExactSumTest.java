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
}
