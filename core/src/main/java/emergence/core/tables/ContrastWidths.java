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
 * (sharp − smooth), each with a 95% interval taken the way the seed count allows. Where every size across the rises
 * (from the last size at or below the earlier 10% point to the first at or above the later 90% point) has at least
 * {@value #BOOTSTRAP_SEEDS} seeds, a stratified seed bootstrap: in each of {@value #DRAWS} draws every size's seeds are
 * resampled with replacement (as many as it has), both curves recomputed from the same draw (the metrics share their
 * runs, so the difference is paired), and the 2.5% and 97.5% percentiles taken; draws in which a curve does not rise
 * are left out, and an interval is NaN when more than 5% of them are. With fewer seeds there (3 seeds give a size 10
 * distinct resamples, and the bootstrap falls short of its coverage), the t-interval over each seed's own curve (the
 * seeds present at every size), the difference taken seed by seed. Every value is NaN with fewer than 2 sizes.
 * Written as {@code contrast_widths.csv} ({@value #HEADER}).
 */
public final class ContrastWidths {
    public static final String HEADER = "experiment,smooth,smooth_arg,sharp,sharp_arg,measure,decades,low,high,"
            + "interval,sizes,seeds_min,seeds_max";
    /** Bootstrap draws. */
    public static final int DRAWS = 2000;
    /** Seeds every size across the rises needs for the bootstrap interval. */
    public static final int BOOTSTRAP_SEEDS = 10;
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

    /** How an interval was taken. */
    public enum Method {
        /** Stratified seed bootstrap over every seed of every size. */
        SEED_BOOTSTRAP("stratified seed bootstrap, " + String.format(Locale.ROOT, "%,d", DRAWS) + " draws"),
        /** t-interval over the seeds present at every size, each on its own curve. */
        T_OVER_SEEDS("t-interval over each seed's own curve");

        private final String words;

        Method(String words) {
            this.words = words;
        }

        /** The method in words, e.g. {@code stratified seed bootstrap, 2,000 draws}. */
        public String words() {
            return words;
        }

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
     * @param interval its 95% interval
     * @param method   how the interval was taken
     * @param sizes    sizes on the curves
     * @param seedsMin fewest seeds at a size across the rises
     * @param seedsMax most seeds at a size across the rises
     */
    public record Row(Pair pair, Measure measure, double decades, Intervals.Interval interval, Method method,
                      int sizes, int seedsMin, int seedsMax) {
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
            if (x.length < 2) {
                for (Measure m : Measure.values()) {
                    rows.add(new Row(c, m, Double.NaN, Intervals.NONE, Method.T_OVER_SEEDS, x.length, 0, 0));
                }
                continue;
            }
            double[] meanSmooth = means(smooth, null);
            double[] meanSharp = means(sharp, null);
            int[] across = across(x, meanSmooth, meanSharp);
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = across[0]; i <= across[1]; i++) {
                min = Math.min(min, smooth[i].length);
                max = Math.max(max, smooth[i].length);
            }
            double w0 = Sharpness.transitionWidth(x, meanSmooth);
            double w1 = Sharpness.transitionWidth(x, meanSharp);
            Method method = min >= BOOTSTRAP_SEEDS ? Method.SEED_BOOTSTRAP : Method.T_OVER_SEEDS;
            List<double[]> widths = method == Method.SEED_BOOTSTRAP ? bootstrap(x, smooth, sharp)
                    : ownCurves(x, summary, c, higherIsBetter);
            rows.add(new Row(c, Measure.SMOOTH, w0, interval(method, widths, w -> w[0]), method, x.length, min, max));
            rows.add(new Row(c, Measure.SHARP, w1, interval(method, widths, w -> w[1]), method, x.length, min, max));
            rows.add(new Row(c, Measure.SHARP_MINUS_SMOOTH, w1 - w0, interval(method, widths, w -> w[1] - w[0]),
                    method, x.length, min, max));
        }
        return new ContrastWidths(experiment, rows);
    }

    /** The sizes across both rises (every size when a mean curve does not rise). */
    private static int[] across(double[] x, double[] smooth, double[] sharp) {
        var a = Sharpness.transition(x, smooth);
        var b = Sharpness.transition(x, sharp);
        if (a.isEmpty() || b.isEmpty()) {
            return new int[] {0, x.length - 1};
        }
        return new Sharpness.Span(Math.min(a.get().from(), b.get().from()), Math.max(a.get().to(), b.get().to()))
                .around(x);
    }

    /** The two widths of each bootstrap draw. */
    private static List<double[]> bootstrap(double[] x, double[][] smooth, double[][] sharp) {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<double[]> draws = new ArrayList<>();
        for (int d = 0; d < DRAWS; d++) {
            int[][] pick = new int[x.length][];
            for (int i = 0; i < pick.length; i++) {
                pick[i] = rng.ints(smooth[i].length, 0, smooth[i].length).toArray();
            }
            draws.add(new double[] {Sharpness.transitionWidth(x, means(smooth, pick)),
                    Sharpness.transitionWidth(x, means(sharp, pick))});
        }
        return draws;
    }

    /**
     * The two widths on the own curve of each seed present at every size ({@link EmergenceTable}'s seed curves; both
     * metrics score the same runs, so the seeds pair up).
     */
    private static List<double[]> ownCurves(double[] x, Summary summary, Pair pair, Predicate<String> up) {
        double[][] smooth = EmergenceTable.seedCurves(summary, summary.curve(pair.smooth()),
                up.test(pair.smooth().metric()) ? 1 : -1);
        double[][] sharp = EmergenceTable.seedCurves(summary, summary.curve(pair.sharp()),
                up.test(pair.sharp().metric()) ? 1 : -1);
        List<double[]> widths = new ArrayList<>();
        for (int s = 0; s < smooth.length; s++) {
            widths.add(new double[] {Sharpness.transitionWidth(x, smooth[s]), Sharpness.transitionWidth(x, sharp[s])});
        }
        return widths;
    }

    private static Intervals.Interval interval(Method method, List<double[]> widths,
                                               ToDoubleFunction<double[]> measure) {
        return method == Method.SEED_BOOTSTRAP ? percentiles(widths, measure)
                : Intervals.overSeeds(widths.stream().mapToDouble(measure).toArray());
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
                    Method.valueOf(r.get("interval").toUpperCase(Locale.ROOT)), Integer.parseInt(r.get("sizes")), Integer.parseInt(r.get("seeds_min")),
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
                        Tables.format(r.interval().high()), r.method().id(), r.sizes(), r.seedsMin(), r.seedsMax());
            }
        });
    }
}
