package emergence.core.metrics;

import emergence.core.outputs.ReconstructionOutputs;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/** Mean over test images of their per-image mean squared reconstruction error: the smooth metric. */
public final class MeanSquaredError implements Metric<ReconstructionOutputs> {
    public static final String NAME = "mse";

    /** The mean of the per-image errors. */
    public static double of(double[] errors) {
        return StatUtils.mean(errors);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ReconstructionOutputs o) {
        return List.of(new MetricValue(NAME, "", of(o.mse())));
    }

    /** Normal-approximation 95% interval of the mean (n is thousands of images). */
    @Override
    public List<IntervalValue> intervals(ReconstructionOutputs o) {
        double[] e = o.mse();
        double mean = of(e);
        double half = Intervals.Z95 * Math.sqrt(StatUtils.variance(e, mean) / e.length);
        return List.of(new IntervalValue(NAME, "", mean, mean - half, mean + half));
    }
}
