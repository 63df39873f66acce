package emergence.core.metrics;

import java.util.Objects;

/**
 * Which values a table column holds: a metric's name and its argument (K, L or c as the tables write it; empty for a
 * metric without one), e.g. {@code subset_accuracy} at {@code 5}. Lookups in summaries and score tables, the
 * contrasts of an experiment and the columns of its documents all name their metric with one.
 *
 * @param metric the metric's name, snake_case
 * @param arg    its argument as text, or empty
 */
public record MetricKey(String metric, String arg) {
    public MetricKey {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(arg, "arg");
    }

    /** A metric without an argument, e.g. accuracy. */
    public static MetricKey of(String metric) {
        return new MetricKey(metric, "");
    }

    /** A metric at an argument as the tables write it, e.g. {@code 0.02}. */
    public static MetricKey of(String metric, String arg) {
        return new MetricKey(metric, arg);
    }

    /** A metric at a whole-number argument (K or L). */
    public static MetricKey of(String metric, int arg) {
        return new MetricKey(metric, Integer.toString(arg));
    }

    /** The same metric at another argument. */
    public MetricKey at(String otherArg) {
        return new MetricKey(metric, otherArg);
    }

    /** The metric and its argument in one phrase, e.g. {@code subset_accuracy 5}; the name alone without one. */
    public String label() {
        return arg.isEmpty() ? metric : metric + " " + arg;
    }

    @Override
    public String toString() {
        return label();
    }
}
