package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;

/**
 * Multi-class Brier score: mean over examples of Σ_k (p_k − 1[k = y])² = 1 − 2·p_y + Σ_k p_k², in [0, 2].
 */
public final class Brier implements Metric<ClassificationOutputs> {
    public static final String NAME = "brier";

    /** From each example's probability of its true label and its Σ_k p_k². */
    public static double of(double[] pTrue, double[] sumP2) {
        if (pTrue.length != sumP2.length) {
            throw new IllegalArgumentException("Brier needs one sum of squares per probability");
        }
        double sum = 0;
        for (int i = 0; i < pTrue.length; i++) {
            sum += 1 - 2 * pTrue[i] + sumP2[i];
        }
        return sum / pTrue.length;
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
        return List.of(new MetricValue(NAME, "", of(o.pTrue(), o.sumP2())));
    }
}
