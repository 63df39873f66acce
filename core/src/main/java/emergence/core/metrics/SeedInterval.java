package emergence.core.metrics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A 95% t-interval over seeds: mean ± t(0.975, n − 1) · s / √n of a statistic computed on each seed's own curve.
 * With 3 to 10 seeds a bootstrap over seeds has too few distinct resamples to reach its nominal coverage (3 seeds
 * give 10), so the lab states this interval, which assumes the per-seed values are roughly normal. Undefined (NaN)
 * with fewer than 2 seeds or when a seed's value is not finite (a seed whose curve does not rise has no width; one
 * whose median step is 0 has an infinite emergence score).
 *
 * @param low  lower end
 * @param high upper end
 */
public record SeedInterval(double low, double high) {
    public static final SeedInterval NONE = new SeedInterval(Double.NaN, Double.NaN);

    /** The interval of these per-seed values. */
    public static SeedInterval of(double[] values) {
        int n = values.length;
        if (n < 2 || !Arrays.stream(values).allMatch(Double::isFinite)) {
            return NONE;
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double half = quantile(n) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new SeedInterval(mean - half, mean + half);
    }

    /** t(0.975, n − 1), the factor of the standard error for {@code n ≥ 2} seeds. */
    public static double quantile(int n) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    }
}
