package emergence.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Helpers of the metrics that take a subset size K (one value per K, K as the metric argument). */
final class PerK {
    private PerK() {
    }

    /** An immutable copy of {@code ks}, each checked to be ≥ 1. */
    static List<Integer> validated(List<Integer> ks) {
        ks.forEach(k -> {
            if (k < 1) {
                throw new IllegalArgumentException("K must be ≥ 1, got " + k);
            }
        });
        return List.copyOf(ks);
    }

    /** One value per K. */
    static List<MetricValue> values(String metric, List<Integer> ks, IntToDoubleFunction valueOfK) {
        List<MetricValue> values = new ArrayList<>();
        for (int k : ks) {
            values.add(new MetricValue(metric, Integer.toString(k), valueOfK.applyAsDouble(k)));
        }
        return values;
    }
}
