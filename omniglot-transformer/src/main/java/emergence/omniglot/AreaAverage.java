package emergence.omniglot;

/**
 * Shrinks a square image by area averaging: each output pixel is the mean of the source area it covers,
 * with fractional coverage at its edges (exact for any ratio, e.g. 105 → 28). Separable: rows, then columns.
 */
final class AreaAverage {
    private final int from;
    private final int to;
    /** weights[i][k]: share of output cell i that source cell k covers (each row sums to 1). */
    private final double[][] weights;

    AreaAverage(int from, int to) {
        this.from = from;
        this.to = to;
        this.weights = new double[to][from];
        double scale = (double) from / to;
        for (int i = 0; i < to; i++) {
            double lo = i * scale;
            double hi = (i + 1) * scale;
            for (int k = (int) Math.floor(lo); k < Math.min(from, (int) Math.ceil(hi)); k++) {
                weights[i][k] = (Math.min(hi, k + 1) - Math.max(lo, k)) / scale;
            }
        }
    }

    /** Writes the shrunk {@code source} (values in [0, 1]) as bytes 0..255 into {@code out} at {@code offset}. */
    void apply(float[] source, byte[] out, int offset) {
        double[] rows = new double[to * from];
        for (int i = 0; i < to; i++) {
            for (int k = 0; k < from; k++) {
                double w = weights[i][k];
                if (w != 0) {
                    for (int x = 0; x < from; x++) {
                        rows[i * from + x] += w * source[k * from + x];
                    }
                }
            }
        }
        for (int i = 0; i < to; i++) {
            for (int j = 0; j < to; j++) {
                double v = 0;
                for (int x = 0; x < from; x++) {
                    v += weights[j][x] * rows[i * from + x];
                }
                out[offset + i * to + j] = (byte) Math.round(255 * Math.min(1, Math.max(0, v)));
            }
        }
    }
}
