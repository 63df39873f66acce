package emergence.common.metrics;

import emergence.common.outputs.ClassificationOutputs;
import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/**
 * Multi-class Brier score: mean over examples of Σ_k (p_k − 1[k = y])² = 1 − 2·p_y + Σ_k p_k², in [0, 2].
 */
public final class Brier implements Metric {
    @Override
    public String name() {
        return "brier";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double[] p = outputs.values(ClassificationOutputs.P_TRUE);
        double[] s = outputs.values(ClassificationOutputs.SUM_P2);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += 1 - 2 * p[i] + s[i];
        }
        return List.of(new MetricValue(name(), "", sum / p.length));
    }
}
