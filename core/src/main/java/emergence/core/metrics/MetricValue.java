package emergence.core.metrics;

import java.util.Objects;

/**
 * One value of a metric on one run's stored outputs.
 *
 * @param metric metric name (snake_case), e.g. {@code subset_accuracy}
 * @param arg    the metric's argument as text (K, L or c), empty when it has none
 * @param value  the value
 */
public record MetricValue(String metric, String arg, double value) {
    public MetricValue {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(arg, "arg");
    }

    /** Which metric and argument this is a value of. */
    public MetricKey key() {
        return new MetricKey(metric, arg);
    }
}
