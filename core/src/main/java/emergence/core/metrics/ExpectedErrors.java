package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;

/**
 * Expected number of wrong items among K: K·(1 − acc), the analogue of token edit distance (linear in the
 * per-item error, hence smooth).
 */
public final class ExpectedErrors implements Metric<ClassificationOutputs> {
    public static final String NAME = "expected_errors";
    private final List<Integer> ks;

    public ExpectedErrors(List<Integer> ks) {
        this.ks = PerK.validated(ks);
    }

    /** K·(1 − accuracy). */
    public static double of(double accuracy, int k) {
        return k * (1 - accuracy);
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
    public List<MetricValue> evaluate(ClassificationOutputs o) {
        double acc = Accuracy.of(o.label(), o.predicted());
        return PerK.values(NAME, ks, k -> of(acc, k));
    }
}
