package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;

/**
 * K-of-K subset accuracy as the exact expectation for K independent test items: acc^K. It is what the
 * smooth per-example accuracy predicts for the sharp metric (metric name {@value #NAME}).
 */
public final class ExpectedSubsetAccuracy implements Metric<ClassificationOutputs> {
    public static final String NAME = "subset_accuracy_expected";
    private final List<Integer> ks;

    public ExpectedSubsetAccuracy(List<Integer> ks) {
        this.ks = PerK.validated(ks);
    }

    /** accuracy^K. */
    public static double of(double accuracy, int k) {
        return Math.pow(accuracy, k);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ClassificationOutputs o) {
        double acc = Accuracy.of(o.label(), o.predicted());
        return PerK.values(NAME, ks, k -> of(acc, k));
    }
}
