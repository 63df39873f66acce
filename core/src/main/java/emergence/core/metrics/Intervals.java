package emergence.core.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/** 95% confidence intervals for shares estimated from a finite test set. */
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
}
