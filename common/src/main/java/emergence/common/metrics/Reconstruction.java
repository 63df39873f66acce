package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.ReconstructionOutputs;
import java.util.List;

/**
 * Reconstruction_c = (1/N) Σ_n 1[‖x_n − x̂_n‖² &lt; c]: the share of test images reconstructed with a
 * per-image mean squared error below the threshold c — the paper's sharp autoencoder metric. Any c can be
 * asked for; each becomes one value with {@code metric_arg} = c.
 */
public final class Reconstruction implements Metric {
    private final List<Double> thresholds;

    public Reconstruction(List<Double> thresholds) {
        thresholds.forEach(c -> {
            if (!(c > 0) || c.isInfinite()) {
                throw new IllegalArgumentException("threshold c must be positive and finite, got " + c);
            }
        });
        this.thresholds = List.copyOf(thresholds);
    }

    /** The thresholds, validated. */
    public List<Double> thresholds() {
        return thresholds;
    }

    @Override
    public String name() {
        return "reconstruction";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** The metric argument text of a threshold, e.g. {@code 0.05}. */
    public static String arg(double c) {
        return java.math.BigDecimal.valueOf(c).stripTrailingZeros().toPlainString();
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double[] e = outputs.values(ReconstructionOutputs.MSE);
        return thresholds.stream().map(c -> new MetricValue(name(), arg(c), (double) below(e, c) / e.length))
                .toList();
    }

    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        double[] e = outputs.values(ReconstructionOutputs.MSE);
        return thresholds.stream().map(c -> IntervalValue.wilson(name(), arg(c), below(e, c), e.length)).toList();
    }

    /** Whether each image's error is below {@code c} (one trial of Reconstruction_c per image). */
    public static boolean[] below(ExampleOutputs outputs, double c) {
        double[] errors = outputs.values(ReconstructionOutputs.MSE);
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
