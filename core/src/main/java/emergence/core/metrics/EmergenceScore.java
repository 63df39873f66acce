package emergence.core.metrics;

import java.util.Arrays;

/**
 * BIG-bench's emergence score of a metric's values y_1..y_n over model sizes in increasing order:
 * sign(argmax y − argmin y) · (max y − min y) / sqrt(median_i (y_i − y_{i−1})²). A smooth curve spreads its
 * rise over many steps and scores low; a curve that is flat and then jumps has a tiny median step and scores
 * high. A flat curve scores 0; a jump with a median step of exactly 0 scores ±∞.
 */
public final class EmergenceScore {
    private EmergenceScore() {
    }

    public static double of(double[] y) {
        if (y.length < 2) {
            throw new IllegalArgumentException("the emergence score needs at least 2 sizes, got " + y.length);
        }
        int argMax = 0;
        int argMin = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                throw new IllegalArgumentException("value " + i + " is NaN");
            }
            argMax = y[i] > y[argMax] ? i : argMax;
            argMin = y[i] < y[argMin] ? i : argMin;
        }
        double range = y[argMax] - y[argMin];
        if (range == 0) {
            return 0;
        }
        double[] sq = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            sq[i - 1] = (y[i] - y[i - 1]) * (y[i] - y[i - 1]);
        }
        Arrays.sort(sq);
        int m = sq.length;
        double median = m % 2 == 1 ? sq[m / 2] : (sq[m / 2 - 1] + sq[m / 2]) / 2;
        return Math.signum(argMax - argMin) * range / Math.sqrt(median);
    }
}
