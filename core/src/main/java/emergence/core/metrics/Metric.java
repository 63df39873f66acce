package emergence.core.metrics;

import java.util.List;
import java.util.function.Function;

/**
 * A metric: a pure function of one run's typed outputs (classifier, sequence, reconstruction). Each metric class
 * also offers its computation as a static function of plain arrays, usable without the lab. Adding a metric to
 * the lab means one class implementing this, listed in an experiment's {@code metrics()}.
 *
 * @param <O> the kind of outputs it reads
 */
public interface Metric<O> {
    /** Name in the tables, snake_case. */
    String name();

    /** Whether higher values are better (cross-entropy, Brier, errors: no); the emergence score uses it. */
    boolean higherIsBetter();

    /** The metric's values on these outputs, one per argument (one value with an empty argument if none). */
    List<MetricValue> evaluate(O outputs);

    /**
     * 95% confidence intervals of the values over the finite test set, for metrics that are a share of
     * independent trials (Wilson score interval) or a mean; empty for the others.
     */
    default List<IntervalValue> intervals(O outputs) {
        return List.of();
    }

    /** This metric on outputs of another kind that contain its kind, e.g. the classifier part of sequences. */
    default <P> Metric<P> on(Function<? super P, ? extends O> view) {
        Metric<O> inner = this;
        return new Metric<>() {
            @Override
            public String name() {
                return inner.name();
            }

            @Override
            public boolean higherIsBetter() {
                return inner.higherIsBetter();
            }

            @Override
            public List<MetricValue> evaluate(P outputs) {
                return inner.evaluate(view.apply(outputs));
            }

            @Override
            public List<IntervalValue> intervals(P outputs) {
                return inner.intervals(view.apply(outputs));
            }
        };
    }
}
