package emergence.arithmetic;

import emergence.core.metrics.IntervalValue;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact string match, per answer length L: the share of test problems of length L whose greedy answer is the
 * answer, every digit and the length (the sharp metric of the paper's §3).
 */
public final class ExactMatch implements Metric<ArithmeticOutputs> {
    public static final String NAME = "exact_match";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** Problems of length {@code l} answered exactly, and how many there are. */
    static int[] hits(ArithmeticOutputs o, int l) {
        int[] rows = o.problemsOfLength(l);
        int hits = 0;
        for (int r : rows) {
            hits += o.exactMatch(r) ? 1 : 0;
        }
        return new int[] {hits, rows.length};
    }

    @Override
    public List<MetricValue> evaluate(ArithmeticOutputs o) {
        List<MetricValue> values = new ArrayList<>();
        for (int l : ArithmeticTransformer.LENGTHS) {
            int[] h = hits(o, l);
            values.add(new MetricValue(NAME, Integer.toString(l), (double) h[0] / h[1]));
        }
        return values;
    }

    @Override
    public List<IntervalValue> intervals(ArithmeticOutputs o) {
        List<IntervalValue> values = new ArrayList<>();
        for (int l : ArithmeticTransformer.LENGTHS) {
            int[] h = hits(o, l);
            Intervals.Interval ci = Intervals.wilson(h[0], h[1]);
            values.add(new IntervalValue(NAME, Integer.toString(l), (double) h[0] / h[1], ci.low(), ci.high()));
        }
        return values;
    }
}
