package emergence.core.metrics;

/**
 * A metric value with its 95% confidence interval over the finite test set.
 *
 * @param metric metric name
 * @param arg    metric argument or empty
 * @param value  the value
 * @param low    lower end of the interval
 * @param high   upper end of the interval
 */
public record IntervalValue(String metric, String arg, double value, double low, double high) {
    /** Which metric and argument this is a value of. */
    public MetricKey key() {
        return new MetricKey(metric, arg);
    }

    /** Wilson interval of {@code successes} out of {@code trials}. */
    static IntervalValue wilson(String metric, String arg, int successes, int trials) {
        Intervals.Interval i = Intervals.wilson(successes, trials);
        return new IntervalValue(metric, arg, (double) successes / trials, i.low(), i.high());
    }
}
