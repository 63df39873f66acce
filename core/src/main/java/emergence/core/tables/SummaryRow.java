package emergence.core.tables;

import emergence.core.metrics.MetricKey;

/**
 * One row of the tidy {@code summary.csv}: one metric value of one run.
 *
 * @param experiment experiment name
 * @param size       family member id
 * @param sizeIndex  position in the family (not written; orders the sizes)
 * @param params     trainable parameters of the member
 * @param seed       replicate number
 * @param metric     metric name
 * @param metricArg  metric argument (K, L, c) or empty
 * @param value      the value
 */
public record SummaryRow(String experiment, String size, int sizeIndex, long params, int seed, String metric,
                         String metricArg, double value) {
    /** Which metric and argument this is a value of. */
    public MetricKey key() {
        return new MetricKey(metric, metricArg);
    }

}
