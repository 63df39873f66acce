package emergence.core.metrics;

import emergence.core.outputs.ReconstructionOutputs;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reconstruction_c = (1/N) Σ_n 1[‖x_n − x̂_n‖² &lt; c]: the share of test images reconstructed with a
 * per-image mean squared error below the threshold c — the paper's sharp autoencoder metric. Any c can be
 * asked for; each becomes one value with {@code metric_arg} = c.
 */
public final class Reconstruction implements Metric<ReconstructionOutputs> {
    public static final String NAME = "reconstruction";
    private final List<Double> thresholds;

    public Reconstruction(List<Double> thresholds) {
        this.thresholds = validated(thresholds);
    }

    /** The share of errors below {@code c}. */
    public static double of(double[] errors, double c) {
        return (double) below(errors, c) / errors.length;
    }

    /** An immutable copy of the thresholds, each checked to be positive and finite. */
    static List<Double> validated(List<Double> thresholds) {
        thresholds.forEach(c -> {
            if (!(c > 0) || c.isInfinite()) {
                throw new IllegalArgumentException("threshold c must be positive and finite, got " + c);
            }
        });
        return List.copyOf(thresholds);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** This metric at threshold {@code c}. */
    public static MetricKey at(double c) {
        return MetricKey.of(NAME, arg(c));
    }

    /** The metric argument text of a threshold, e.g. {@code 0.05}. */
    public static String arg(double c) {
        return BigDecimal.valueOf(c).stripTrailingZeros().toPlainString();
    }

    @Override
    public List<MetricValue> evaluate(ReconstructionOutputs o) {
        return thresholds.stream().map(c -> new MetricValue(NAME, arg(c), of(o.mse(), c))).toList();
    }

    @Override
    public List<IntervalValue> intervals(ReconstructionOutputs o) {
        double[] e = o.mse();
        return thresholds.stream().map(c -> IntervalValue.wilson(NAME, arg(c), below(e, c), e.length)).toList();
    }

    /** Whether each image's error is below {@code c} (one trial of Reconstruction_c per image). */
    public static boolean[] below(ReconstructionOutputs o, double c) {
        double[] errors = o.mse();
        boolean[] b = new boolean[errors.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = errors[i] < c;
        }
        return b;
    }

    private static int below(double[] errors, double c) {
        int n = 0;
        for (double v : errors) {
            n += v < c ? 1 : 0;
        }
        return n;
    }
}
