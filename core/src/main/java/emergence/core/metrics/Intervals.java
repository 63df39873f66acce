package emergence.core.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/** 95% confidence intervals: for shares estimated from a finite test set, and over seeds. */
public final class Intervals {
    /** The confidence level of every interval in the lab's tables. */
    public static final double LEVEL = 0.95;
    /** z of a two-sided 95% interval. */
    public static final double Z95 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

    private Intervals() {
    }

    /** A closed interval. */
    public record Interval(double low, double high) {
    }

    /** No interval: both ends NaN. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    /**
     * Wilson score interval (95%) for {@code successes} out of {@code n}; unlike the normal approximation it stays
     * inside [0, 1] and is not degenerate at 0 or n successes.
     */
    public static Interval wilson(int successes, int n) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ n and n > 0, got " + successes + "/" + n);
        }
        ConfidenceInterval ci = IntervalUtils.getWilsonScoreInterval(n, successes, LEVEL);
        // At 0 or n successes the bound is exactly 0 or 1; computed, it is off by rounding (e.g. 4e-19).
        double low = successes == 0 ? 0 : Math.max(0, ci.getLowerBound());
        double high = successes == n ? 1 : Math.min(1, ci.getUpperBound());
        return new Interval(low, high);
    }

    /**
     * Wilson interval (95%) of a share whose trials come in clusters that are not independent (the same test item
     * scored at several places): Kish's design effect d, the cluster-robust variance of the share over its binomial
     * one, shrinks the trials to n/d, and the Wilson interval is taken at the share of those (rounded to whole
     * trials). With every cluster a single trial it is {@link #wilson}; with a share of 0 or 1, where both variances
     * vanish, the trials count as the clusters.
     *
     * @param cluster the cluster (item) of each trial
     * @param right   whether each trial succeeded
     */
    public static Interval wilsonClustered(int[] cluster, boolean[] right) {
        int n = right.length;
        if (n == 0 || cluster.length != n) {
            throw new IllegalArgumentException("need one cluster per trial and at least one trial, got " + cluster.length
                    + " and " + n);
        }
        Map<Integer, int[]> byCluster = new HashMap<>();
        int successes = 0;
        for (int i = 0; i < n; i++) {
            int[] c = byCluster.computeIfAbsent(cluster[i], k -> new int[2]);
            c[0]++;
            if (right[i]) {
                c[1]++;
                successes++;
            }
        }
        int clusters = byCluster.size();
        if (clusters == n) {
            return wilson(successes, n);
        }
        double p = (double) successes / n;
        double effective;
        if (successes == 0 || successes == n) {
            effective = clusters;
        } else {
            double ss = byCluster.values().stream().mapToDouble(c -> (c[1] - p * c[0]) * (c[1] - p * c[0])).sum();
            double robust = clusters / (clusters - 1.0) * ss / ((double) n * n);
            double binomial = p * (1 - p) / n;
            effective = robust == 0 ? n : Math.min(n, n * binomial / robust);
        }
        int trials = Math.max(1, (int) Math.round(effective));
        return wilson((int) Math.round(p * trials), trials);
    }

    /**
     * A 95% t-interval over seeds: mean ± t(0.975, n − 1) · s / √n of a statistic computed on each seed's own curve.
     * With 3 to 10 seeds a bootstrap over seeds has too few distinct resamples to reach its nominal coverage (3 seeds
     * give 10), so the lab states this interval, which assumes the per-seed values are roughly normal. {@link #NONE}
     * with fewer than 2 seeds or when a seed's value is not finite (a seed whose curve does not rise has no width; one
     * whose median step is 0 has an infinite emergence score).
     */
    public static Interval overSeeds(double[] values) {
        int n = values.length;
        if (n < 2 || !Arrays.stream(values).allMatch(Double::isFinite)) {
            return NONE;
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double half = t975(n) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    /** t(0.975, n − 1), the factor of the standard error of {@link #overSeeds} for {@code n ≥ 2} seeds. */
    public static double t975(int n) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability((1 + LEVEL) / 2);
    }
}
