package emergence.core.experiment;

import emergence.core.metrics.MetricKey;
import java.util.Objects;

/**
 * A sharp metric and its prediction from smooth statistics of the same outputs, compared over sizes.
 *
 * @param measured  the sharp metric's name, e.g. {@code subset_accuracy}
 * @param predicted the prediction's metric name (same arguments), e.g. {@code subset_accuracy_expected}
 * @param what      the prediction in words, e.g. "acc^K"
 * @param basis     what the prediction rests on
 */
public record Prediction(String measured, String predicted, String what, Basis basis) {
    /** What a prediction rests on, and so what its misses say. */
    public enum Basis {
        /** The product of per-item chances (acc^K): exact when the items' errors are independent. */
        INDEPENDENT_ITEMS,
        /** A distribution fitted to per-example values (e.g. a log-normal of per-image errors). */
        FITTED_DISTRIBUTION
    }

    /** The sharp metric at one of its arguments. */
    public MetricKey measured(String arg) {
        return MetricKey.of(measured, arg);
    }

    /** Its prediction at the same argument. */
    public MetricKey predicted(String arg) {
        return MetricKey.of(predicted, arg);
    }

    public Prediction {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(basis, "basis");
    }
}
