package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.outputs.ClassificationOutputs;
import emergence.core.sweep.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics against values computed by hand on a 4-example, 3-class table. */
class ClassificationMetricsTest {
    // Probabilities per row; labels 0, 1, 2, 0. Predictions: 0 (right), 2 (wrong), 2 (right), 1 (wrong).
    static final float[] PROBS = {
        0.7f, 0.2f, 0.1f,
        0.1f, 0.3f, 0.6f,
        0.2f, 0.2f, 0.6f,
        0.25f, 0.5f, 0.25f};
    static final ClassificationOutputs OUT = ClassificationOutputs.fromProbabilities(new int[] {0, 1, 2, 3},
            new int[] {0, 1, 2, 0}, PROBS, 3);

    @Test
    void schemaColumnsAreDerivedFromProbabilities() {
        assertEquals(List.of(0.0, 2.0, 2.0, 1.0), box(OUT.table().values(ClassificationOutputs.PREDICTED)));
        assertEquals(0.3, OUT.table().values(ClassificationOutputs.P_TRUE)[1], 1e-7);
        assertEquals(0.49 + 0.04 + 0.01, OUT.table().values(ClassificationOutputs.SUM_P2)[0], 1e-6);
    }

    @Test
    void accuracyCrossEntropyBrier() {
        assertEquals(0.5, new Accuracy().evaluate(OUT).get(0).value(), 1e-12);
        double ce = -(Math.log(0.7) + Math.log(0.3) + Math.log(0.6) + Math.log(0.25)) / 4;
        assertEquals(ce, new CrossEntropy().evaluate(OUT).get(0).value(), 1e-6);
        // Brier per row: Σ(p - onehot)²
        double b0 = 0.09 + 0.04 + 0.01;
        double b1 = 0.01 + 0.49 + 0.36;
        double b2 = 0.04 + 0.04 + 0.16;
        double b3 = 0.5625 + 0.25 + 0.0625;
        assertEquals((b0 + b1 + b2 + b3) / 4, new Brier().evaluate(OUT).get(0).value(), 1e-6);
    }

    @Test
    void expectedSubsetAccuracyAndErrors() {
        List<MetricValue> sub = new ExpectedSubsetAccuracy(List.of(1, 2, 3)).evaluate(OUT);
        assertEquals(0.5, sub.get(0).value(), 1e-12);
        assertEquals(0.25, sub.get(1).value(), 1e-12);
        assertEquals(0.125, sub.get(2).value(), 1e-12);
        assertEquals("3", sub.get(2).arg());
        List<MetricValue> err = new ExpectedErrors(List.of(1, 4)).evaluate(OUT);
        assertEquals(0.5, err.get(0).value(), 1e-12);
        assertEquals(2.0, err.get(1).value(), 1e-12);
    }

    @Test
    void accuracyAndMeasuredSubsetAccuracyCarryWilsonIntervals() {
        IntervalValue acc = new Accuracy().intervals(OUT).get(0);
        Intervals.Interval expected = Intervals.wilson(2, 4);
        assertEquals(0.5, acc.value(), 1e-12);
        assertEquals(expected.low(), acc.low(), 1e-12);
        assertEquals(expected.high(), acc.high(), 1e-12);
        // K=2 on 4 examples: 2 subsets, so the interval is wide whatever the share.
        IntervalValue k2 = new SubsetAccuracy(List.of(2), 1).intervals(OUT).get(0);
        assertEquals("2", k2.arg());
        assertTrue(k2.high() - k2.low() > 0.5, k2.toString());
        assertTrue(new CrossEntropy().intervals(OUT).isEmpty());
    }

    @Test
    void measuredSubsetAccuracyUsesDisjointSubsetsOfAFixedPermutation() {
        boolean[] correct = {true, true, false, true, true, true, false, false, true};
        int[] identity = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        // K=2 → subsets {0,1} {2,3} {4,5} {6,7}; example 8 left over. All right: {0,1}, {4,5}.
        assertArrayEquals(new boolean[] {true, false, true, false}, SubsetAccuracy.allRight(correct, identity, 2));
        // K=3 → {0,1,2} {3,4,5} {6,7,8}: only the middle one.
        assertArrayEquals(new boolean[] {false, true, false}, SubsetAccuracy.allRight(correct, identity, 3));
        // K=1 is plain accuracy.
        assertArrayEquals(correct, SubsetAccuracy.allRight(correct, identity, 1));
    }

    @Test
    void measuredSubsetAccuracyApproachesTheExactExpectationOnALargeTestSet() {
        int n = 200_000;
        float[] probs = new float[n * 2];
        int[] labels = new int[n];
        int[] idx = new int[n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            boolean right = rng.nextDouble() < 0.8;
            probs[2 * i] = right ? 0.9f : 0.1f;
            probs[2 * i + 1] = right ? 0.1f : 0.9f;
        }
        ClassificationOutputs big = ClassificationOutputs.fromProbabilities(idx, labels, probs, 2);
        double acc = new Accuracy().evaluate(big).get(0).value();
        double measured = new SubsetAccuracy(List.of(5), 3).evaluate(big).get(0).value();
        double exact = new ExpectedSubsetAccuracy(List.of(5)).evaluate(big).get(0).value();
        assertEquals(Math.pow(acc, 5), exact, 1e-12);
        // 40,000 subsets: standard error ≈ sqrt(.33·.67/40000) ≈ 0.0024.
        assertEquals(exact, measured, 0.01);
    }

    @Test
    void permutationIsAFixedFunctionOfItsSeed() {
        assertEquals(box(Seeds.permutation(50, 9)), box(Seeds.permutation(50, 9)));
        assertTrue(!box(Seeds.permutation(50, 9)).equals(box(Seeds.permutation(50, 10))));
        int[] p = Seeds.permutation(50, 9);
        assertEquals(50 * 49 / 2, java.util.Arrays.stream(p).sum());
    }

    @Test
    void eachMetricIsAPlainFunctionOfArrays() {
        int[] truth = {0, 1, 2, 0};
        int[] predicted = {0, 2, 2, 1};
        assertEquals(0.5, Accuracy.of(truth, predicted), 1e-12);
        assertEquals(-(Math.log(0.5) + Math.log(0.25)) / 2, CrossEntropy.of(new double[] {0.5, 0.25}), 1e-12);
        // One example, p_true 0.5 of two classes at 0.5 each: (0.5 − 1)² + 0.5² = 0.5.
        assertEquals(0.5, Brier.of(new double[] {0.5}, new double[] {0.5}), 1e-12);
        assertEquals(0.125, ExpectedSubsetAccuracy.of(0.5, 3), 1e-12);
        assertEquals(1.5, ExpectedErrors.of(0.5, 3), 1e-12);
        boolean[] correct = {true, true, false, true};
        assertEquals(0.5, SubsetAccuracy.of(correct, new int[] {0, 1, 2, 3}, 2), 1e-12);
        assertEquals(1.0, SubsetAccuracy.of(correct, new int[] {0, 3, 1, 2}, 2), 0.5 + 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Accuracy.of(truth, new int[] {0}));
    }

    @Test
    void outputsOfAnotherKindAreRefusedNamingTheMissingColumn() {
        var reconstruction = new emergence.core.outputs.ReconstructionOutputs(new int[] {0}, new int[] {1},
                new double[] {0.5}).table();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationOutputs.KIND.read(reconstruction));
        assertTrue(e.getMessage().contains("'predicted'"), e.getMessage());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SubsetAccuracy(List.of(0), 1));
        assertThrows(IllegalArgumentException.class, () -> new ExpectedErrors(List.of(-1)));
        assertThrows(IllegalArgumentException.class, () -> OUT.table().values("no_such_column"));
    }

    private static List<Double> box(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    private static List<Integer> box(int[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
