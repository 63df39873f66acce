package emergence.common.metrics;

/** Confidence intervals for shares estimated from a finite test set. */
public final class Intervals {
    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Intervals() {
    }

    /** A closed interval. */
    public record Interval(double low, double high) {
    }

    /**
     * Wilson score interval for {@code successes} out of {@code n}; unlike the normal approximation it stays
     * inside [0, 1] and is not degenerate at 0 or n successes.
     */
    public static Interval wilson(int successes, int n, double z) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ n and n > 0, got " + successes + "/" + n);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        // At 0 or n successes the bound is exactly 0 or 1; computed, it is off by rounding (e.g. 4e-19).
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }
}
