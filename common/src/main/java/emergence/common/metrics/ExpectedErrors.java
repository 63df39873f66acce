package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/**
 * Expected number of wrong items among K: K·(1 − acc), the analogue of token edit distance (linear in the
 * per-item error, hence smooth).
 */
public final class ExpectedErrors implements Metric {
    private final List<Integer> ks;

    public ExpectedErrors(List<Integer> ks) {
        this.ks = PerK.validated(ks);
    }

    @Override
    public String name() {
        return "expected_errors";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double acc = Classification.accuracy(outputs);
        return PerK.values(name(), ks, k -> k * (1 - acc));
    }
}
