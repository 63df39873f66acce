package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;

/** Share of test examples whose predicted class is the true one: the smooth per-example metric. */
public final class Accuracy implements Metric<ClassificationOutputs> {
    public static final String NAME = "accuracy";

    /** Share of positions where {@code predicted} equals {@code truth}. */
    public static double of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("accuracy needs as many predictions as labels, at least one; got "
                    + predicted.length + " and " + truth.length);
        }
        return (double) correct(truth, predicted) / truth.length;
    }

    private static int correct(int[] truth, int[] predicted) {
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            right += truth[i] == predicted[i] ? 1 : 0;
        }
        return right;
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
        return List.of(new MetricValue(NAME, "", of(o.label(), o.predicted())));
    }

    /**
     * The Wilson interval of the share right; where a test item is scored at several places (its {@code index}
     * repeats, as an Omniglot image in several sequences), the clustered one ({@link Intervals#wilsonClustered}).
     */
    @Override
    public List<IntervalValue> intervals(ClassificationOutputs o) {
        boolean[] right = new boolean[o.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = o.label()[i] == o.predicted()[i];
        }
        Intervals.Interval i = Intervals.wilsonClustered(o.index(), right);
        return List.of(new IntervalValue(NAME, "", of(o.label(), o.predicted()), i.low(), i.high()));
    }
}
