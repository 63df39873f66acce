package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharpnessTest {
    private static final double[] X = IntStream.rangeClosed(0, 16).mapToDouble(i -> 2 + i * 0.25).toArray();

    private static double[] logistic(double midpoint, double s, double low, double high) {
        return java.util.Arrays.stream(X).map(x -> low + (high - low) / (1 + Math.exp(-(x - midpoint) / s))).toArray();
    }

    @Test
    void aRampRisesOverEightTenthsOfItsSpan() {
        double[] y = java.util.Arrays.stream(X).map(x -> 3 * x).toArray();
        assertEquals(0.8 * 4, Sharpness.transitionWidth(X, y), 1e-12);
        double[] falling = java.util.Arrays.stream(X).map(x -> -x).toArray();
        assertTrue(Double.isNaN(Sharpness.transitionWidth(X, falling)), "a fall has no rise");
        assertTrue(Double.isNaN(Sharpness.fit(X, new double[X.length]).width()), "a flat curve has no rise");
    }

    @Test
    void theFitRecoversALogisticWhateverTheYAxis() {
        for (double[] yRange : new double[][] {{0, 1}, {0.1, 0.3}, {-5, 40}}) {
            double[] y = logistic(3.7, 0.2, yRange[0], yRange[1]);
            Sharpness.Logistic fit = Sharpness.fit(X, y);
            assertEquals(3.7, fit.midpoint(), 0.02);
            assertEquals(0.4 * Math.log(9), fit.width(), 0.05 * fit.width());
            assertEquals(Sharpness.transitionWidth(X, y), Sharpness.transitionWidth(X, logistic(3.7, 0.2, 0, 1)),
                    1e-9, "the transition width does not depend on the y-axis");
        }
    }

    @Test
    void aSharperCurveIsNarrowerByBothMeasures() {
        double[] smooth = logistic(3.5, 0.5, 0, 1);
        double[] sharp = logistic(4.0, 0.1, 0, 1);
        assertTrue(Sharpness.transitionWidth(X, sharp) < Sharpness.transitionWidth(X, smooth));
        assertTrue(Sharpness.fit(X, sharp).width() < Sharpness.fit(X, smooth).width());
    }

    @Test
    void aStepBetweenTwoSizesIsNarrowerThanTheirSpacing() {
        double[] step = {0, 0, 0, 0, 1, 1};
        double[] x = {1, 2, 3, 4, 5, 6};
        assertEquals(0.8, Sharpness.transitionWidth(x, step), 1e-12);
        Sharpness.Logistic fit = Sharpness.fit(x, step);
        assertTrue(fit.width() < 0.8, "fitted width " + fit.width());
        assertTrue(fit.midpoint() > 4 && fit.midpoint() < 5, "a step's midpoint lies between its sizes: " + fit);
    }

    @Test
    void aDipBeforeTheRiseIsSkipped() {
        double[] y = {0.5, 0, 0.5, 1};
        double[] x = {1, 2, 3, 4};
        assertEquals((2 + 0.9 * 2) - (2 + 0.1 * 2), Sharpness.transitionWidth(x, y), 1e-12);
    }

    @Test
    void badCurvesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sharpness.transitionWidth(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> Sharpness.transitionWidth(new double[] {2, 1}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Sharpness.fit(new double[] {1, 2}, new double[] {0, Double.NaN}));
    }
}
