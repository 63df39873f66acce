package emergence.core.experiment;

import emergence.core.metrics.MetricKey;
import java.util.Objects;

/**
 * A smooth metric and a sharp one scored on the same outputs: the pair whose sharpness the report and the README
 * compare by every measure of {@link emergence.core.tables.EmergenceTable}.
 *
 * @param smooth the smooth metric, e.g. {@code accuracy}
 * @param sharp  the sharp metric, e.g. {@code subset_accuracy} at {@code 5}
 */
public record Contrast(MetricKey smooth, MetricKey sharp) {
    public Contrast {
        Objects.requireNonNull(smooth, "smooth");
        Objects.requireNonNull(sharp, "sharp");
    }
}
