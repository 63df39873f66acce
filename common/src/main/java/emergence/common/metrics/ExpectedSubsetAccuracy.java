package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/**
 * K-of-K subset accuracy as the exact expectation for K independent test items: acc^K. It is what the
 * smooth per-example accuracy predicts for the sharp metric (metric name {@code subset_accuracy_expected}).
 */
public final class ExpectedSubsetAccuracy implements Metric {
    private final List<Integer> ks;

    public ExpectedSubsetAccuracy(List<Integer> ks) {
        this.ks = PerK.validated(ks);
    }

    @Override
    public String name() {
        return "subset_accuracy_expected";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double acc = Classification.accuracy(outputs);
        return PerK.values(name(), ks, k -> Math.pow(acc, k));
    }
}
