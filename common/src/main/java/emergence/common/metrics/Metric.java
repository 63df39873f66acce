package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import java.util.List;

/**
 * A metric: a pure function of one run's stored outputs. Adding a metric to the lab means one class
 * implementing this, listed in an experiment's {@code metrics()}.
 */
public interface Metric {
    /** Name in the tables, snake_case. */
    String name();

    /** Whether higher values are better (cross-entropy, Brier, errors: no); the emergence score uses it. */
    boolean higherIsBetter();

    /** The metric's values on these outputs, one per argument (one value with an empty argument if none). */
    List<MetricValue> evaluate(ExampleOutputs outputs);

    /**
     * 95% confidence intervals of the values over the finite test set, for metrics that are a share of
     * independent trials (Wilson score interval); empty for the others.
     */
    default List<IntervalValue> intervals(ExampleOutputs outputs) {
        return List.of();
    }
}
