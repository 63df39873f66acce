package emergence.arithmetic;

import emergence.core.metrics.IntervalValue;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.ClassificationOutputs;
import java.util.ArrayList;
import java.util.List;

/**
 * A per-token metric of the teacher-forced answer digits (accuracy, cross-entropy, Brier), over all answer digits
 * (argument empty) and over the digits of the problems of each answer length L (argument L).
 */
public final class PerLength implements Metric<ArithmeticOutputs> {
    private final Metric<ClassificationOutputs> inner;

    public PerLength(Metric<ClassificationOutputs> inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public boolean higherIsBetter() {
        return inner.higherIsBetter();
    }

    @Override
    public List<MetricValue> evaluate(ArithmeticOutputs o) {
        List<MetricValue> values = new ArrayList<>(inner.evaluate(o.tokens()));
        for (int l : ArithmeticTransformer.LENGTHS) {
            MetricValue v = inner.evaluate(o.tokensOfLength(l)).get(0);
            values.add(new MetricValue(v.metric(), Integer.toString(l), v.value()));
        }
        return values;
    }

    @Override
    public List<IntervalValue> intervals(ArithmeticOutputs o) {
        List<IntervalValue> values = new ArrayList<>(inner.intervals(o.tokens()));
        for (int l : ArithmeticTransformer.LENGTHS) {
            inner.intervals(o.tokensOfLength(l)).forEach(v -> values.add(new IntervalValue(v.metric(),
                    Integer.toString(l), v.value(), v.low(), v.high())));
        }
        return values;
    }
}
