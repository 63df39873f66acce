package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/** Share of test examples whose predicted class is the true one: the smooth per-example metric. */
public final class Accuracy implements Metric {
    @Override
    public String name() {
        return "accuracy";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        return List.of(new MetricValue(name(), "", Classification.accuracy(outputs)));
    }

    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        int right = 0;
        boolean[] correct = Classification.correct(outputs);
        for (boolean c : correct) {
            right += c ? 1 : 0;
        }
        return List.of(IntervalValue.wilson(name(), "", right, correct.length));
    }
}
