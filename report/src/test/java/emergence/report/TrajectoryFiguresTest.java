package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.RunManifest;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrajectoryFiguresTest {
    private static final MetricKey ACC = MetricKey.of("accuracy");

    /**
     * Three sizes (100, 1,000, 10,000 parameters; 1, 10, 100 FLOPs an example), one seed, checkpoints after 1, 10
     * and 100 examples; accuracy {@code values[size][checkpoint]}.
     */
    private static Trajectory trajectory(double[][] values) {
        List<Trajectory.Row> rows = new ArrayList<>();
        long[] examples = {1, 10, 100};
        for (int s = 0; s < values.length; s++) {
            long params = (long) Math.pow(10, s + 2);
            RunManifest.Identity run = new RunManifest.Identity("toy", "quick", "s" + s, s, 0, 1, 1, params, Map.of(),
                    Map.of(), Map.of());
            for (int c = 0; c < examples.length; c++) {
                RunManifest.Checkpoint checkpoint = new RunManifest.Checkpoint(c + 1, examples[c],
                        examples[c] * Math.pow(10, s), "0".repeat(64));
                rows.add(new Trajectory.Row(run, checkpoint, new MetricValue("accuracy", "", values[s][c])));
            }
        }
        return new Trajectory(rows);
    }

    @Test
    void theFrontierIsTheBestAnySizeReachedWithinEachFlopCount() {
        Trajectory t = trajectory(new double[][] {{0.1, 0.3, 0.4}, {0.1, 0.5, 0.8}, {0.2, 0.6, 0.95}});
        Curve frontier = TrajectoryFigures.frontier(t, ACC, true);
        // FLOPs: s0 at 1, 10, 100; s1 at 10, 100, 1000; s2 at 100, 1000, 10000 (ties in the order of the sizes).
        assertEquals(List.of(1L, 10L, 10L, 100L, 100L, 100L, 1000L, 1000L, 10000L),
                frontier.points().stream().map(Curve.Point::params).toList());
        assertEquals(List.of(0.1, 0.3, 0.3, 0.4, 0.5, 0.5, 0.8, 0.8, 0.95),
                frontier.points().stream().map(Curve.Point::mean).toList());
        assertEquals(List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
                TrajectoryFigures.frontier(t, ACC, false).points().stream().map(Curve.Point::mean).toList(),
                "lower is better: the smallest value so far");
    }

    @Test
    void threeSizesAroundTheMidpointAndTheEmergenceScoreAtEachCheckpoint() {
        Trajectory t = trajectory(new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}, {0.1, 0.1, 0.9}});
        assertEquals(List.of("s0", "s2"), TrajectoryFigures.around(t, 4.1, ACC), "nearest 10^4, and 2 sizes below");
        assertEquals(List.of("s0", "s1", "s2"), TrajectoryFigures.around(t, 2.9, ACC));
        assertEquals(List.of("s0", "s1", "s2"), TrajectoryFigures.around(t, Double.NaN, ACC), "no fit: the middle");
        Curve scores = TrajectoryFigures.emergenceOverTraining(EmergenceOverTraining.of("toy", t,
                List.of(new Accuracy()), Set.of(ACC)), ACC);
        // Flat at the first two checkpoints (score 0); a jump at the last: range 0.8 over sqrt(median(0, 0.64)).
        assertEquals(List.of(1L, 2L, 3L), scores.points().stream().map(Curve.Point::params).toList());
        assertEquals(0.0, scores.points().get(1).mean());
        assertEquals(0.8 / Math.sqrt(0.32), scores.points().get(2).mean(), 1e-9);
    }
}
