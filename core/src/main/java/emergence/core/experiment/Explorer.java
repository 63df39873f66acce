package emergence.core.experiment;

import emergence.core.metrics.MetricKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * What the teaching explorer ({@code results/report/explorer.html}) needs to let a reader move an experiment's
 * sharp-metric knob: the knob's grid of values, and the sharp metric and its prediction of a run's stored outputs
 * at a knob value, computed in Java by the experiment's own metric classes. The lab evaluates both at every grid
 * value of every run and the page only looks them up, averages over seeds, samples sizes, scores and draws, so a
 * new metric shape needs nothing new in the page.
 *
 * @param knob       the knob's symbol, e.g. {@code K}
 * @param sharp      the sharp metric in words, e.g. "K-of-K subset accuracy"
 * @param range      the knob's range, grid and starting value
 * @param value      the sharp metric of a run's outputs at a knob value
 * @param predicted  its prediction from smooth statistics of the same outputs at a knob value
 * @param smooth     the smooth metric drawn beside it
 * @param loss       the held-out loss of the "loss view" (x axis)
 * @param hint       one thing to try on this experiment in particular, for the page's walkthrough; empty if none
 * @param <O>        the experiment's outputs
 */
public record Explorer<O>(String knob, String sharp, Range range, ToDoubleBiFunction<O, Double> value,
                          ToDoubleBiFunction<O, Double> predicted, MetricKey smooth, MetricKey loss, String hint) {
    /** Points of a continuous knob's grid, spaced evenly (in log steps on a log knob), besides its marks. */
    public static final int CONTINUOUS_POINTS = 64;

    /**
     * A knob's values.
     *
     * @param min          smallest
     * @param max          largest
     * @param initial      the value the page starts at (the headline one)
     * @param integer      whether only integers are allowed (the grid is then every integer from min to max)
     * @param log          whether a continuous knob's grid is log-spaced
     * @param sharperUp    whether the sharp metric gets harsher as the knob grows (K, L), or as it falls (c)
     * @param marks        values the grid must hold besides its evenly spaced points (e.g. the thresholds the
     *                     summary tabulates), within min..max
     */
    public record Range(double min, double max, double initial, boolean integer, boolean log, boolean sharperUp,
                        List<Double> marks) {
        public Range {
            marks = List.copyOf(marks);
            if (!(min < max) || initial < min || initial > max || (log && !(min > 0))
                    || marks.stream().anyMatch(m -> m < min || m > max)) {
                throw new IllegalArgumentException("knob range needs min < max, min ≤ initial ≤ max, marks within "
                        + "them (and min > 0 on a log knob); got " + min + ", " + max + ", " + initial + ", " + marks);
            }
            if (integer && (min != Math.rint(min) || max != Math.rint(max) || initial != Math.rint(initial))) {
                throw new IllegalArgumentException("an integer knob needs integer bounds and start; got " + min
                        + ", " + max + ", " + initial);
            }
        }

        /** An integer knob: every integer from min to max. */
        public static Range integers(int min, int max, int initial, boolean sharperUp) {
            return new Range(min, max, initial, true, false, sharperUp, List.of());
        }

        /** The gentlest value: one end of the range. */
        public double gentlest() {
            return sharperUp ? min : max;
        }

        /** The harshest value: the other end. */
        public double harshest() {
            return sharperUp ? max : min;
        }

        /**
         * The values the page offers, increasing: every integer of an integer knob; else {@value #CONTINUOUS_POINTS}
         * evenly spaced points (3 significant digits) with the marks and the initial value.
         */
        public List<Double> grid() {
            TreeSet<Double> grid = new TreeSet<>();
            if (integer) {
                for (long k = (long) min; k <= (long) max; k++) {
                    grid.add((double) k);
                }
                return new ArrayList<>(grid);
            }
            for (int i = 0; i < CONTINUOUS_POINTS; i++) {
                double f = (double) i / (CONTINUOUS_POINTS - 1);
                double v = log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
                grid.add(i == 0 ? min : i == CONTINUOUS_POINTS - 1 ? max : round3(v));
            }
            grid.addAll(marks);
            grid.add(initial);
            return new ArrayList<>(grid);
        }

        private static double round3(double v) {
            return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
        }
    }

    public Explorer {
        Objects.requireNonNull(knob, "knob");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(hint, "hint");
    }
}
