package org.cadrage.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void benjaminiHochbergMatchesTheHandComputedExample() {
        // sorted 0.01, 0.03, 0.04, 0.20 -> m p / rank = 0.04, 0.06, 0.0533, 0.20 -> monotone 0.04, 0.0533, 0.0533, 0.20
        List<Double> adjusted = Stats.benjaminiHochberg(Arrays.asList(0.01, 0.04, 0.03, 0.20));
        assertEquals(0.04, adjusted.get(0), 1e-12);
        assertEquals(0.16 / 3, adjusted.get(1), 1e-12);
        assertEquals(0.16 / 3, adjusted.get(2), 1e-12);
        assertEquals(0.20, adjusted.get(3), 1e-12);
    }

    @Test
    void benjaminiHochbergSkipsNullsAndStaysAtMostOne() {
        List<Double> adjusted = Stats.benjaminiHochberg(Arrays.asList(0.01, null, 0.04, 0.03, 0.20));
        assertNull(adjusted.get(1));
        assertEquals(0.04, adjusted.get(0), 1e-12, "m counts the 4 tested indices only");
        assertEquals(0.20, adjusted.get(4), 1e-12);
        assertEquals(List.of(0.95, 0.95, 0.95), Stats.benjaminiHochberg(List.of(0.8, 0.9, 0.95)));
        assertEquals(List.of(1.0, 1.0), Stats.benjaminiHochberg(List.of(1.0, 0.7)), "2 x 0.7 / 1 = 1.4 capped");
        assertThrows(IllegalArgumentException.class, () -> Stats.benjaminiHochberg(List.of(0.5, 1.5)));
    }

    @Test
    void cliffsDeltaOnHandComputedSamplesWithTies() {
        // b=2: > 1, < 3 ; b=3: > 1, 2 ; b=4: > 1, 2, 3 -> 6 greater, 1 less, 9 pairs
        assertEquals(5.0 / 9, Stats.cliffsDelta(new double[] {1, 2, 3}, new double[] {2, 3, 4}), 1e-12);
        assertEquals(-5.0 / 9, Stats.cliffsDelta(new double[] {2, 3, 4}, new double[] {1, 2, 3}), 1e-12);
        assertEquals(0.0, Stats.cliffsDelta(new double[] {1, 1}, new double[] {1, 1, 1}));
        assertEquals(1.0, Stats.cliffsDelta(new double[] {1, 2}, new double[] {3, 4}));
        // a = {0, 0, 1}, b = {0, 1}: b=0 -> 2 ties, 1 less ; b=1 -> 2 greater, 1 tie -> (2 - 1) / 6
        assertEquals(1.0 / 6, Stats.cliffsDelta(new double[] {1, 0, 0}, new double[] {1, 0}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Stats.cliffsDelta(new double[0], new double[] {1}));
    }

    @Test
    void cliffsDeltaEqualsTheAllPairsCountOnTiedRandomData() {
        Random random = new Random(7);
        double[] a = random.ints(300, 0, 6).asDoubleStream().toArray();
        double[] b = random.ints(200, 1, 7).asDoubleStream().toArray();
        long dominance = 0;
        for (double y : b) {
            for (double x : a) {
                dominance += Double.compare(y, x) > 0 ? 1 : y < x ? -1 : 0;
            }
        }
        assertEquals((double) dominance / (300 * 200), Stats.cliffsDelta(a, b), 1e-12);
    }

    @Test
    void mannWhitneyMatchesTheHandComputedNormalApproximation() {
        // U(A) = 3 + 3 ties / 2 = 4.5 of 30 pairs; E = 15; Var = 5 * 6 * 12 / 12 = 30; z = -10.5 / sqrt(30) = -1.917
        Double p = Stats.mannWhitneyP(new double[] {1, 2, 3, 4, 5}, new double[] {3, 4, 5, 6, 7, 8});
        assertEquals(0.055234, p, 1e-6);
        assertNull(Stats.mannWhitneyP(new double[] {1}, new double[] {3, 4}));
    }

    @Test
    void bootstrapIsReproducibleAndCoversAClearShift() {
        int n = 200;
        double[] a = new double[n];
        double[] b = new double[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble();
            b[i] = random.nextDouble() + 1;
        }
        double observed = Stats.mean(b) - Stats.mean(a);
        double[][] first = Stats.bootstrapDifference(a, b, 1, 42, 2000, 0.05);
        double[][] again = Stats.bootstrapDifference(a, b, 1, 42, 2000, 0.05);
        double[][] other = Stats.bootstrapDifference(a, b, 1, 43, 2000, 0.05);
        assertArrayEquals(first[0], again[0]);
        assertTrue(first[0][0] != other[0][0], "another seed, other replicates");
        assertTrue(first[0][0] < observed && observed < first[0][1], Arrays.toString(first[0]) + " " + observed);
        assertTrue(first[0][0] > 0.9 && first[0][1] < 1.1, Arrays.toString(first[0]));
    }

    @Test
    void bootstrapSkipsIndicesWithTooFewValues() {
        // two indices per row; the second is defined for one article of A only
        double[] a = {0.1, 0.5, 0.2, Double.NaN, 0.3, Double.NaN};
        double[] b = {0.6, 0.4, 0.7, 0.5, 0.8, 0.6};
        double[][] ci = Stats.bootstrapDifference(a, b, 2, 42, 500, 0.05);
        assertNotNull(ci[0]);
        assertNull(ci[1]);
        assertThrows(IllegalArgumentException.class, () -> Stats.bootstrapDifference(a, new double[3], 2, 1, 500,
                0.05));
    }
}
