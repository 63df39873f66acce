package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;

/** Mean of −ln p(true label) in nats; p is floored at {@value #FLOOR} so a zero probability stays finite. */
public final class CrossEntropy implements Metric<ClassificationOutputs> {
    public static final String NAME = "cross_entropy";
    static final double FLOOR = 1e-12;

    /** Mean of −ln max(p, {@value #FLOOR}) over the probabilities of the true labels. */
    public static double of(double[] pTrue) {
        double sum = 0;
        for (double v : pTrue) {
            sum -= Math.log(Math.max(v, FLOOR));
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
        return List.of(new MetricValue(NAME, "", of(o.pTrue())));
    }
}
