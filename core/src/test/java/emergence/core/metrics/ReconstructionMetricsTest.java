package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.outputs.ReconstructionOutputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconstructionMetricsTest {
    static final ReconstructionOutputs OUT = new ReconstructionOutputs(new int[] {0, 1, 2, 3, 4},
            new int[] {7, 7, 1, 2, 3},
            new double[] {0.01, 0.04, 0.05, 0.2, 0.7});

    @Test
    void meanSquaredErrorIsTheMeanOfPerImageErrors() {
        assertEquals(0.2, new MeanSquaredError().evaluate(OUT).get(0).value(), 1e-12);
        IntervalValue i = new MeanSquaredError().intervals(OUT).get(0);
        // sd of {.01,.04,.05,.2,.7} (n-1) = 0.29180..., half width 1.96·sd/√5
        double sd = Math.sqrt((0.0361 + 0.0256 + 0.0225 + 0 + 0.25) / 4);
        assertEquals(0.2 - Intervals.Z95 * sd / Math.sqrt(5), i.low(), 1e-12);
        assertEquals(0.2 + Intervals.Z95 * sd / Math.sqrt(5), i.high(), 1e-12);
    }

    @Test
    void reconstructionCountsImagesStrictlyBelowEachThreshold() {
        List<MetricValue> v = new Reconstruction(List.of(0.01, 0.05, 0.06, 1.0)).evaluate(OUT);
        assertEquals(0.0, v.get(0).value(), 1e-12);
        assertEquals(0.4, v.get(1).value(), 1e-12);
        assertEquals(0.6, v.get(2).value(), 1e-12);
        assertEquals(1.0, v.get(3).value(), 1e-12);
        assertEquals("0.05", v.get(1).arg());
        assertEquals("1", v.get(3).arg());
        IntervalValue i = new Reconstruction(List.of(0.06)).intervals(OUT).get(0);
        assertEquals(Intervals.wilson(3, 5).low(), i.low(), 1e-12);
    }

    @Test
    void thresholdsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Reconstruction(List.of(0.0)));
        assertTrue(new Reconstruction(List.of(1e-9)).evaluate(OUT).get(0).value() == 0);
    }

    @Test
    void fittedLogNormalPredictsTheShareBelowC() {
        // ln errors e^-2, e^0, e^2: mean 0, sd 2 (n-1), so the share below c = e^0 is one half, below e^2 Φ(1).
        ReconstructionOutputs out = new ReconstructionOutputs(new int[] {0, 1, 2}, new int[] {0, 0, 0},
                new double[] {Math.exp(-2), 1, Math.exp(2)});
        List<MetricValue> v = new FittedReconstruction(List.of(1.0, Math.exp(2))).evaluate(out);
        assertEquals("reconstruction_predicted", v.get(0).metric());
        assertEquals(0.5, v.get(0).value(), 1e-12);
        assertEquals(0.8413447460685429, v.get(1).value(), 1e-12);
        assertEquals(0.5, FittedReconstruction.of(FittedReconstruction.fit(out.mse()), 1.0), 1e-12);
        assertEquals(0.4, Reconstruction.of(OUT.mse(), 0.05), 1e-12);
        assertEquals(0.2, MeanSquaredError.of(OUT.mse()), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> FittedReconstruction.fit(new double[] {0.1, 0.1}));
    }
}
