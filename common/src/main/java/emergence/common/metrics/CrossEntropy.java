package emergence.common.metrics;

import emergence.common.outputs.ClassificationOutputs;
import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/** Mean of −ln p(true label) in nats; p is floored at {@value #FLOOR} so a zero probability stays finite. */
public final class CrossEntropy implements Metric {
    static final double FLOOR = 1e-12;

    @Override
    public String name() {
        return "cross_entropy";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double[] p = outputs.values(ClassificationOutputs.P_TRUE);
        double sum = 0;
        for (double v : p) {
            sum -= Math.log(Math.max(v, FLOOR));
        }
        return List.of(new MetricValue(name(), "", sum / p.length));
    }
}
