package emergence.core.experiment;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * What the teaching explorer ({@code results/report/explorer.html}) needs to let a reader move an experiment's
 * sharp-metric knob to any value: compact per-run data derived from the stored outputs, of a {@link Kind} the page
 * knows how to score, and the same metric computed in Java (the reference the browser test compares the page with).
 *
 * @param kind      how the page scores the data
 * @param knob      the knob's symbol, e.g. {@code K}
 * @param sharp     the sharp metric in words, e.g. "K-of-K subset accuracy"
 * @param range     the knob's range and starting value
 * @param data      a run's compact data (see {@link Kind})
 * @param value     the sharp metric of a run's outputs at a knob value
 * @param predicted its prediction from smooth statistics of the same outputs at a knob value
 * @param smooth    the smooth metric drawn beside it, {@code metric} or {@code metric:arg} as in the summary
 * @param loss      the held-out loss of the "loss view" (x axis), as {@code smooth}
 * @param <O>       the experiment's outputs
 */
public record Explorer<O>(Kind kind, String knob, String sharp, Range range, Function<O, double[]> data,
                          ToDoubleBiFunction<O, Double> value, ToDoubleBiFunction<O, Double> predicted,
                          String smooth, String loss) {
    /** How the page computes the sharp metric and its prediction from a run's data. */
    public enum Kind {
        /**
         * Data: 1/0 per test example (right or not) in the order the subsets are cut; value(K): share of the ⌊N/K⌋
         * consecutive blocks of K all right; prediction: (mean)^K.
         */
        SUBSETS,
        /**
         * Data: 1/0 per (sequence, position), row-major, {@code range.max()} positions a sequence; value(L): share of
         * sequences whose first L positions are right; prediction: (mean)^L.
         */
        PREFIXES,
        /**
         * Data: one positive error per test example; value(c): share below c; prediction: the log-normal fitted to
         * the errors (mean and sample standard deviation of ln error), its share below c.
         */
        THRESHOLD,
        /**
         * Data: per length L = 1..max, problems, exact answers, digits and right digits (4·max counts in that
         * order); value(L): exact / problems; prediction: (right / digits)^L.
         */
        LENGTHS
    }

    /**
     * A knob's values.
     *
     * @param min     smallest
     * @param max     largest
     * @param initial the value the page starts at (the headline one)
     * @param integer whether only integers are allowed
     * @param log     whether the slider moves in log steps
     */
    public record Range(double min, double max, double initial, boolean integer, boolean log) {
        public Range {
            if (!(min < max) || initial < min || initial > max || (log && !(min > 0))) {
                throw new IllegalArgumentException("knob range needs min < max, min ≤ initial ≤ max (and min > 0 on a"
                        + " log slider); got " + min + ", " + max + ", " + initial);
            }
        }
    }

    public Explorer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(predicted, "predicted");
    }
}
