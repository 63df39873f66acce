package emergence.core.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.RunManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepTransitionsTest {
    private static final MetricKey ACC = MetricKey.of(Accuracy.NAME);
    private static final MetricKey CE = MetricKey.of(CrossEntropy.NAME);
    private static final long[] STEPS = {1, 10, 100, 1000};

    @TempDir
    Path dir;

    /**
     * Two sizes (10² and 10⁴ parameters), checkpoints at 1, 10, 100, 1,000 steps; accuracy
     * {@code accuracy[seed][size][checkpoint]} and cross-entropy 1 − accuracy.
     */
    private static Trajectory trajectory(double[][][] accuracy) {
        List<Trajectory.Row> rows = new ArrayList<>();
        for (int seed = 0; seed < accuracy.length; seed++) {
            for (int s = 0; s < accuracy[seed].length; s++) {
                RunManifest.Identity run = new RunManifest.Identity("toy", "quick", "s" + s, s, seed, 1, 1,
                        (long) Math.pow(10, 2 + 2 * s), Map.of(), Map.of(), Map.of());
                for (int c = 0; c < STEPS.length; c++) {
                    RunManifest.Checkpoint checkpoint = new RunManifest.Checkpoint(STEPS[c], STEPS[c], STEPS[c],
                            "0".repeat(64));
                    double acc = accuracy[seed][s][c];
                    rows.add(new Trajectory.Row(run, checkpoint, new MetricValue(Accuracy.NAME, "", acc)));
                    rows.add(new Trajectory.Row(run, checkpoint, new MetricValue(CrossEntropy.NAME, "", 1 - acc)));
                }
            }
        }
        return new Trajectory(rows);
    }

    private static final double[][][] TWO_SEEDS = {
        {{0.125, 0.125, 0.25, 0.375}, {0.125, 0.875, 0.875, 0.875}},
        {{0.125, 0.125, 0.125, 0.25}, {0.25, 0.25, 0.5, 0.75}}};

    @Test
    void widthsOverStepsAtEachSizeAndOverSizesAtTheLastStep() {
        StepTransitions t = StepTransitions.of("toy", trajectory(TWO_SEEDS), List.of(new Accuracy(),
                new CrossEntropy()));
        List<StepTransitions.Row> steps = t.of(ACC, StepTransitions.Axis.STEPS);
        assertEquals(4, steps.size(), "one row per size and seed");
        // Seed 0, s0: rise 0.125 → 0.375, reached half at 100 steps: 10% at log 1.2, 90% at log 2.8.
        StepTransitions.Row s0 = steps.get(0);
        assertEquals("s0", s0.size());
        assertEquals(0, s0.seed());
        assertEquals(1.6, s0.width(), 1e-12);
        assertEquals(0.125, s0.first());
        assertEquals(0.375, s0.last());
        // Seed 0, s1: all of the rise in the first decade: 10% at 0.1, 90% at 0.9.
        assertEquals(0.8, steps.get(1).width(), 1e-12);
        // Seed 1, s0: the rise is in the last decade only: 2.1 → 2.9.
        assertEquals(0.8, steps.get(2).width(), 1e-12);
        // Over sizes at 1,000 steps, x = 2 and 4 decades: seed 0 0.375 → 0.875, seed 1 0.25 → 0.75; width 0.8 × 2.
        List<StepTransitions.Row> sizes = t.of(ACC, StepTransitions.Axis.PARAMS);
        assertEquals(List.of(0, 1), sizes.stream().map(StepTransitions.Row::seed).toList());
        assertEquals(1.6, sizes.get(0).width(), 1e-12);
        assertEquals("", sizes.get(0).size());
        assertEquals(0.375, sizes.get(0).first());
        assertEquals(0.875, sizes.get(0).last());
    }

    @Test
    void aLowerIsBetterMetricFallsToItsTransitionAndOneThatRisesHasNone() {
        StepTransitions t = StepTransitions.of("toy", trajectory(TWO_SEEDS), List.of(new Accuracy(),
                new CrossEntropy()));
        assertEquals(t.of(ACC, StepTransitions.Axis.STEPS).stream().map(StepTransitions.Row::width).toList(),
                t.of(CE, StepTransitions.Axis.STEPS).stream().map(StepTransitions.Row::width).toList(),
                "cross-entropy 1 − accuracy falls exactly as accuracy rises");
        double[][][] worse = {{{0.5, 0.5, 0.25, 0.125}, {0.875, 0.875, 0.875, 0.875}}};
        StepTransitions down = StepTransitions.of("toy", trajectory(worse), List.of(new Accuracy(),
                new CrossEntropy()));
        assertTrue(Double.isNaN(down.of(ACC, StepTransitions.Axis.STEPS).get(0).width()), "accuracy only falls");
        assertTrue(Double.isNaN(down.of(ACC, StepTransitions.Axis.STEPS).get(1).width()), "flat");
    }

    @Test
    void aTrajectoryWithOneStepHasNoRowsAndWrittenRowsReadBack() {
        Trajectory end = new Trajectory(trajectory(TWO_SEEDS).rows().stream()
                .filter(r -> r.checkpoint().step() == 1000).toList());
        assertTrue(StepTransitions.of("toy", end, List.of(new Accuracy())).rows().isEmpty());
        StepTransitions t = StepTransitions.of("toy", trajectory(TWO_SEEDS), List.of(new Accuracy(),
                new CrossEntropy()));
        Path file = dir.resolve("step_transitions.csv");
        t.write(file);
        List<StepTransitions.Row> read = StepTransitions.read(file).rows();
        assertEquals(t.rows().size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            StepTransitions.Row w = t.rows().get(i);
            StepTransitions.Row r = read.get(i);
            assertEquals(List.of(w.key(), w.axis(), w.size(), w.params(), w.seed()),
                    List.of(r.key(), r.axis(), r.size(), r.params(), r.seed()));
            // Written to 6 significant digits.
            assertEquals(w.width(), r.width(), 1e-5);
            assertEquals(w.first(), r.first(), 1e-5);
            assertEquals(w.last(), r.last(), 1e-5);
        }
    }
}
