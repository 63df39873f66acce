package emergence.core.metrics;

import java.util.Optional;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.EvaluationRmsChecker;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.Pair;

/**
 * How sharply a curve rises over a family, in decades of parameters: measures that do not depend on the metric's
 * y-axis (BIG-bench's {@link EmergenceScore} divides by the median squared step, so it rewards any curve that
 * saturates early). The curve is first normalised to its rise, r = (y − min y)/(max y − min y), with y oriented so
 * that improvement is up.
 * <ul>
 *   <li>{@link #transitionWidth}: decades between the points where r first reaches 10% and 90% after its minimum,
 *       each interpolated linearly in log₁₀ parameters between the sizes around it.</li>
 *   <li>{@link #fit}: a logistic in log₁₀ parameters, r ≈ 1/(1 + exp(−(x − midpoint)/s)), fitted by least squares
 *       (Levenberg–Marquardt); its width is the decades from 10% to 90% of the fitted curve, 2·ln 9·s.</li>
 * </ul>
 * A flat curve (no rise) or one whose best value comes before its worst (a fall) has no transition: NaN.
 */
public final class Sharpness {
    /** Decades from 10% to 90% of a logistic, per unit of its scale s. */
    private static final double LOGISTIC_10_90 = 2 * Math.log(9);
    /** The narrowest fitted width, in decades: the fit of a step has no finite minimum. */
    private static final double NARROWEST = 1e-3;

    /**
     * A fitted logistic.
     *
     * @param midpoint log₁₀ parameters at half the rise
     * @param width    decades of parameters from 10% to 90% of the rise
     */
    public record Logistic(double midpoint, double width) {
        static final Logistic NONE = new Logistic(Double.NaN, Double.NaN);
    }

    private Sharpness() {
    }

    /**
     * Decades of parameters between 10% and 90% of the rise.
     *
     * @param log10Params log₁₀ parameters of each size, increasing
     * @param y           the metric at each size, improvement up
     */
    public static double transitionWidth(double[] log10Params, double[] y) {
        return transition(log10Params, y).map(Span::width).orElse(Double.NaN);
    }

    /**
     * Where a rise runs: log₁₀ parameters at 10% and at 90% of it.
     *
     * @param from log₁₀ parameters where the curve first reaches 10% of its rise after its minimum
     * @param to   the same at 90%
     */
    public record Span(double from, double to) {
        /** Decades from 10% to 90%. */
        public double width() {
            return to - from;
        }

        /**
         * The sizes around the span: the index of the last at or below its start and of the first at or above its
         * end.
         *
         * @param log10Params log₁₀ parameters of each size, increasing
         */
        public int[] around(double[] log10Params) {
            int lower = 0;
            while (lower + 1 < log10Params.length && log10Params[lower + 1] <= from) {
                lower++;
            }
            int upper = log10Params.length - 1;
            while (upper - 1 >= 0 && log10Params[upper - 1] >= to) {
                upper--;
            }
            return new int[] {lower, upper};
        }
    }

    /**
     * The span of the rise, as {@link #transitionWidth} measures it; empty for a flat or falling curve.
     *
     * @param log10Params log₁₀ parameters of each size, increasing
     * @param y           the metric at each size, improvement up
     */
    public static Optional<Span> transition(double[] log10Params, double[] y) {
        double[] r = rise(log10Params, y);
        return r == null ? Optional.empty()
                : Optional.of(new Span(crossing(log10Params, r, 0.1), crossing(log10Params, r, 0.9)));
    }

    /**
     * The least-squares logistic through the normalised rise, started at the curve's 50% crossing.
     *
     * @param log10Params log₁₀ parameters of each size, increasing
     * @param y           the metric at each size, improvement up
     */
    public static Logistic fit(double[] log10Params, double[] y) {
        double[] r = rise(log10Params, y);
        if (r == null) {
            return Logistic.NONE;
        }
        double floor = NARROWEST / LOGISTIC_10_90;
        double start = Math.max(crossing(log10Params, r, 0.9) - crossing(log10Params, r, 0.1), 0.1) / LOGISTIC_10_90;
        // Parameters: the midpoint and t with s = floor + exp(t), so that s stays positive and the fit of a step
        // converges (towards the floor) instead of shrinking s forever.
        MultivariateJacobianFunction model = p -> {
            double m = p.getEntry(0);
            double e = Math.exp(p.getEntry(1));
            double s = floor + e;
            double[] value = new double[r.length];
            double[][] jacobian = new double[r.length][2];
            for (int i = 0; i < r.length; i++) {
                double f = 1 / (1 + Math.exp(-(log10Params[i] - m) / s));
                value[i] = f;
                double df = f * (1 - f);
                jacobian[i][0] = -df / s;
                jacobian[i][1] = -df * (log10Params[i] - m) / (s * s) * e;
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
        };
        LeastSquaresBuilder problem = new LeastSquaresBuilder().model(model).target(r)
                .start(new double[] {crossing(log10Params, r, 0.5), Math.log(start)})
                .checker(new EvaluationRmsChecker(1e-10, 1e-12)).maxEvaluations(10_000).maxIterations(10_000);
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem.build());
            double s = floor + Math.exp(optimum.getPoint().getEntry(1));
            return new Logistic(optimum.getPoint().getEntry(0), LOGISTIC_10_90 * s);
        } catch (MathIllegalStateException e) {  // no convergence within the evaluations
            return Logistic.NONE;
        }
    }

    /** The curve as a fraction of its rise, or null when it does not rise. */
    private static double[] rise(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a transition needs ≥ 2 sizes with one value each, got " + x.length
                    + " sizes and " + y.length + " values");
        }
        int argMin = 0;
        int argMax = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("size " + i + ": values must be numbers and sizes increasing");
            }
            argMin = y[i] < y[argMin] ? i : argMin;
            argMax = y[i] > y[argMax] ? i : argMax;
        }
        double range = y[argMax] - y[argMin];
        if (range == 0 || argMax < argMin) {
            return null;
        }
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = (y[i] - y[argMin]) / range;
        }
        return r;
    }

    /** x where r first reaches {@code level} from its minimum on, linear between the sizes around it. */
    private static double crossing(double[] x, double[] r, double level) {
        int from = 0;
        while (r[from] > 0) {
            from++;
        }
        for (int i = from; i < r.length; i++) {
            if (r[i] >= level) {
                if (i == from) {
                    return x[i];
                }
                return x[i - 1] + (level - r[i - 1]) / (r[i] - r[i - 1]) * (x[i] - x[i - 1]);
            }
        }
        throw new IllegalStateException("a normalised rise reaches 1");
    }
}
