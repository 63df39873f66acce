package emergence.core.experiment;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.OutputKind;
import java.util.List;
import java.util.Objects;

/**
 * How an experiment's stored outputs are scored: how a run's outputs are read, the metrics (each a pure function of
 * them), how few test examples limit its sharp metric, its sharp metrics beside their predictions from smooth
 * ones, and its headline smooth/sharp pairs.
 *
 * @param outputs     how a run's stored outputs are read
 * @param metrics     every metric of the experiment
 * @param resolution  the test-set resolution study of its sharp metric
 * @param predictions sharp metrics beside their predictions; the report tabulates the residuals
 * @param contrasts   headline smooth and sharp metrics, whose sharpness the report compares
 * @param <O>         the typed outputs
 */
public record Scoring<O>(OutputKind<O> outputs, List<Metric<O>> metrics, ResolutionStudy<O> resolution,
                         List<Prediction> predictions, List<Contrast> contrasts) {
    public Scoring {
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(resolution, "resolution");
        metrics = List.copyOf(metrics);
        predictions = List.copyOf(predictions);
        contrasts = List.copyOf(contrasts);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one metric");
        }
    }

    /** The metric named {@code name}. @throws IllegalArgumentException when the experiment has none of that name */
    public Metric<O> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + name + " among " + metrics.stream()
                        .map(Metric::name).toList()));
    }

    /** The value of {@code key} on these outputs. @throws IllegalArgumentException when there is none */
    public double value(MetricKey key, O outputs) {
        return metric(key.metric()).evaluate(outputs).stream().filter(v -> v.key().equals(key))
                .mapToDouble(MetricValue::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("metric " + key.metric() + " has no argument "
                        + key.arg()));
    }
}
