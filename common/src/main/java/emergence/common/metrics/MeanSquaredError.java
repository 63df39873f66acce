package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.ReconstructionOutputs;
import java.util.List;

/** Mean over test images of their per-image mean squared reconstruction error: the smooth metric. */
public final class MeanSquaredError implements Metric {
    @Override
    public String name() {
        return "mse";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        return List.of(new MetricValue(name(), "", mean(outputs.values(ReconstructionOutputs.MSE))));
    }

    /** Normal-approximation 95% interval of the mean (n is thousands of images). */
    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        double[] e = outputs.values(ReconstructionOutputs.MSE);
        double mean = mean(e);
        double ss = 0;
        for (double v : e) {
            ss += (v - mean) * (v - mean);
        }
        double half = Intervals.Z95 * Math.sqrt(ss / (e.length - 1) / e.length);
        return List.of(new IntervalValue(name(), "", mean, mean - half, mean + half));
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
