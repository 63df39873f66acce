package emergence.core.tables;

import emergence.core.metrics.Intervals;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Sharpness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Is the sharp metric's rise narrower than the smooth one's on the same runs? For each {@link Pair}, the 10–90%
 * transition width ({@link Sharpness#transitionWidth}) of both metrics' seed-mean curves and of their difference
 * (sharp − smooth), each with a 95% interval from a stratified seed bootstrap: in each of {@value #DRAWS} draws every
 * size's seeds are resampled with replacement (as many as it has), both curves recomputed from the same draw (the
 * metrics share their runs, so the difference is paired), and the 2.5% and 97.5% percentiles taken. It uses every
 * seed at every size, where the t-interval of {@link EmergenceTable} uses only the seeds present at every size; draws
 * in which a curve does not rise are left out, and an interval is NaN when more than 5% of them are. Written as
 * {@code contrast_widths.csv} ({@value #HEADER}).
 */
public final class ContrastWidths {
    public static final String HEADER = "experiment,smooth,smooth_arg,sharp,sharp_arg,measure,decades,low,high,sizes,"
            + "seeds_min,seeds_max,draws";
    /** Bootstrap draws. */
    public static final int DRAWS = 2000;
    /** The bootstrap's seed (fixed: the table is a function of the stored runs). */
    private static final long SEED = 20231210L;

    /**
     * A smooth metric and a sharp one scored on the same runs (an experiment's contrast).
     *
     * @param smooth the smooth metric
     * @param sharp  the sharp metric
     */
    public record Pair(MetricKey smooth, MetricKey sharp) {
    }

    /** What a row measures. */
    public enum Measure {
        SMOOTH, SHARP, SHARP_MINUS_SMOOTH;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One measure of one contrast.
     *
     * @param pair     the two metrics
     * @param measure  the smooth width, the sharp width or their difference
     * @param decades  the value on the seed means
     * @param interval its 95% bootstrap interval
     * @param sizes    sizes on the curves
     * @param seedsMin fewest seeds at a size
     * @param seedsMax most seeds at a size
     */
    public record Row(Pair pair, Measure measure, double decades, Intervals.Interval interval, int sizes,
                      int seedsMin, int seedsMax) {
        /** Whether the interval lies wholly on one side of 0 ({@code 1} above, {@code -1} below) or not ({@code 0}). */
        public int sign() {
            return interval.low() > 0 ? 1 : interval.high() < 0 ? -1 : 0;
        }
    }

    private final String experiment;
    private final List<Row> rows;

    private ContrastWidths(String experiment, List<Row> rows) {
        this.experiment = experiment;
        this.rows = List.copyOf(rows);
    }

    /**
     * The widths of every pair.
     *
     * @param higherIsBetter whether a metric (by name) improves upwards
     */
    public static ContrastWidths of(String experiment, Summary summary, List<Pair> pairs,
                                    Predicate<String> higherIsBetter) {
        List<Row> rows = new ArrayList<>();
        for (Pair c : pairs) {
            List<Curve.Point> points = summary.curve(c.smooth()).points();
            double[] x = points.stream().mapToDouble(p -> Math.log10(p.params())).toArray();
            double[][] smooth = seeds(summary, c.smooth(), points, higherIsBetter.test(c.smooth().metric()));
            double[][] sharp = seeds(summary, c.sharp(), points, higherIsBetter.test(c.sharp().metric()));
            double w0 = Sharpness.transitionWidth(x, means(smooth, null));
            double w1 = Sharpness.transitionWidth(x, means(sharp, null));
            SplittableRandom rng = new SplittableRandom(SEED);
            List<double[]> draws = new ArrayList<>();
            for (int d = 0; d < DRAWS; d++) {
                int[][] pick = new int[points.size()][];
                for (int i = 0; i < pick.length; i++) {
                    pick[i] = rng.ints(smooth[i].length, 0, smooth[i].length).toArray();
                }
                draws.add(new double[] {Sharpness.transitionWidth(x, means(smooth, pick)),
                        Sharpness.transitionWidth(x, means(sharp, pick))});
            }
            int min = Arrays.stream(smooth).mapToInt(s -> s.length).min().orElse(0);
            int max = Arrays.stream(smooth).mapToInt(s -> s.length).max().orElse(0);
            rows.add(new Row(c, Measure.SMOOTH, w0, percentiles(draws, w -> w[0]), x.length, min, max));
            rows.add(new Row(c, Measure.SHARP, w1, percentiles(draws, w -> w[1]), x.length, min, max));
            rows.add(new Row(c, Measure.SHARP_MINUS_SMOOTH, w1 - w0, percentiles(draws, w -> w[1] - w[0]), x.length,
                    min, max));
        }
        return new ContrastWidths(experiment, rows);
    }

    /** Each size's seed values of a metric, improvement up, in seed order. */
    private static double[][] seeds(Summary summary, MetricKey key, List<Curve.Point> points, boolean up) {
        return points.stream().map(p -> summary.seedValues(key, p.size()).stream()
                .mapToDouble(v -> up ? v : -v).toArray()).toArray(double[][]::new);
    }

    /** The mean at each size of the seeds {@code pick} names there (all of them when null). */
    private static double[] means(double[][] values, int[][] pick) {
        double[] m = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double[] v = values[i];
            m[i] = pick == null ? Arrays.stream(v).average().orElse(Double.NaN)
                    : Arrays.stream(pick[i]).mapToDouble(j -> v[j]).average().orElse(Double.NaN);
        }
        return m;
    }

    private static Intervals.Interval percentiles(List<double[]> draws, ToDoubleFunction<double[]> measure) {
        double[] v = draws.stream().mapToDouble(measure).filter(Double::isFinite).sorted().toArray();
        if (v.length < 0.95 * draws.size()) {
            return Intervals.NONE;
        }
        return new Intervals.Interval(v[(int) Math.floor(0.025 * (v.length - 1))],
                v[(int) Math.ceil(0.975 * (v.length - 1))]);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads a written {@code contrast_widths.csv}. */
    public static ContrastWidths read(Path file) {
        List<Row> rows = new ArrayList<>();
        String[] experiment = {""};
        Tables.readCsv(file, HEADER, r -> {
            experiment[0] = r.get("experiment");
            rows.add(new Row(new Pair(MetricKey.of(r.get("smooth"), r.get("smooth_arg")),
                    MetricKey.of(r.get("sharp"), r.get("sharp_arg"))),
                    Measure.valueOf(r.get("measure").toUpperCase(Locale.ROOT)), Double.parseDouble(r.get("decades")),
                    new Intervals.Interval(Double.parseDouble(r.get("low")), Double.parseDouble(r.get("high"))),
                    Integer.parseInt(r.get("sizes")), Integer.parseInt(r.get("seeds_min")),
                    Integer.parseInt(r.get("seeds_max"))));
        });
        return new ContrastWidths(experiment[0], rows);
    }

    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(experiment, r.pair().smooth().metric(), r.pair().smooth().arg(),
                        r.pair().sharp().metric(), r.pair().sharp().arg(), r.measure().id(),
                        Tables.format(r.decades()), Tables.format(r.interval().low()),
                        Tables.format(r.interval().high()), r.sizes(), r.seedsMin(), r.seedsMax(), DRAWS);
            }
        });
    }
}
