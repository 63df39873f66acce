package emergence.arithmetic;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.ClassificationOutputs;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact match predicted from per-token accuracy, per answer length L: acc_L^L, where acc_L is the teacher-forced
 * per-digit accuracy on the problems of length L — what exact match would be if a problem's digits were right
 * independently of each other. Carries tie them together, so the measured value may differ.
 */
public final class ExpectedExactMatch implements Metric<ArithmeticOutputs> {
    public static final String NAME = "exact_match_expected";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ArithmeticOutputs o) {
        List<MetricValue> values = new ArrayList<>();
        for (int l : ArithmeticTransformer.LENGTHS) {
            ClassificationOutputs t = o.tokensOfLength(l);
            values.add(new MetricValue(NAME, Integer.toString(l), Math.pow(Accuracy.of(t.label(), t.predicted()), l)));
        }
        return values;
    }
}
