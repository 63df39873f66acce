package emergence.core.experiment;

import java.util.Objects;

/**
 * A sharp metric and its prediction from smooth statistics of the same outputs, compared over sizes.
 *
 * @param measured  the sharp metric's name, e.g. {@code subset_accuracy}
 * @param predicted the prediction's metric name (same arguments), e.g. {@code subset_accuracy_expected}
 * @param what      the prediction in words, e.g. "acc^K"
 */
public record Prediction(String measured, String predicted, String what) {
    public Prediction {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(what, "what");
    }
}
