package emergence.core.tables;

import emergence.core.metrics.EmergenceScore;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Sharpness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;

/**
 * How sharp every metric of one experiment looks under several samplings of the family: {@code dense} (every
 * size), {@code every2} and {@code every3} (every k-th size from the smallest, plus the largest) and {@code sparse}
 * ({@value #SPARSE_SIZES} sizes evenly spread, as a paper with few models would have). Each row holds BIG-bench's
 * emergence score and the y-axis-free {@link Sharpness} measures of the across-seed means (the transition width and
 * a logistic fit: midpoint and width), each with the 95% t-interval ({@link Intervals#overSeeds}) of the same
 * measure on each seed's own curve, over the seeds present at every size. A lower-is-better metric is scored on its negation so
 * that improvement is positive for every metric. Written as {@code emergence_scores.csv}
 * ({@value #HEADER}; midpoints in log₁₀ parameters, widths in decades).
 */
public final class EmergenceTable {
    public static final String HEADER = "experiment,metric,metric_arg,sampling,score,transition_decades,"
            + "midpoint,midpoint_lo,midpoint_hi,width,width_lo,width_hi,seeds,score_lo,score_hi,transition_lo,"
            + "transition_hi";
    public static final int SPARSE_SIZES = 4;

    /**
     * One row.
     *
     * @param score      BIG-bench emergence score
     * @param transition decades of parameters from 10% to 90% of the rise (NaN: no rise)
     * @param midpoint   the fitted logistic's midpoint, log₁₀ parameters, with the t-interval of each seed's fit
     * @param width      the fitted logistic's width, decades, with the t-interval of each seed's fit
     * @param seeds      the t-intervals of the score and the transition width over each seed's own curve
     */
    public record Row(String experiment, String metric, String metricArg, Sampling sampling, double score,
                      double transition, Estimate midpoint, Estimate width, OverSeeds seeds) {
    /** Which metric and argument this is a value of. */
    public MetricKey key() {
        return new MetricKey(metric, metricArg);
    }

    }

    /** A fitted value and the 95% t-interval of the same fit to each seed's own curve. */
    public record Estimate(double value, double low, double high) {
    }

    /**
     * The score and the transition width computed on each seed's own curve, as 95% t-intervals.
     *
     * @param seeds      how many seeds (those present at every size)
     * @param score      the emergence score's interval
     * @param transition the transition width's interval
     */
    public record OverSeeds(int seeds, Intervals.Interval score, Intervals.Interval transition) {
        public static final OverSeeds NONE = new OverSeeds(0, Intervals.NONE, Intervals.NONE);
    }

    private final List<Row> rows;

    private EmergenceTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static EmergenceTable of(String experiment, Summary summary, List<? extends Metric<?>> metrics) {
        return of(experiment, summary, metrics, List.of(Sampling.values()));
    }

    /** The same under the given samplings only. */
    public static EmergenceTable of(String experiment, Summary summary, List<? extends Metric<?>> metrics,
                                    List<Sampling> samplings) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : summary.metricArgs().entrySet()) {
            boolean higherIsBetter = metrics.stream().filter(m -> m.name().equals(e.getKey())).findFirst()
                    .map(Metric::higherIsBetter).orElse(true);
            for (String arg : e.getValue()) {
                Curve curve = summary.curve(MetricKey.of(e.getKey(), arg));
                int n = curve.points().size();
                if (n < 2) {
                    continue;  // a score needs two sizes: a sweep of one size (trained first, on its own) has none
                }
                double sign = higherIsBetter ? 1 : -1;
                for (Sampling sampling : samplings) {
                    rows.add(row(experiment, summary, curve.select(sampling.indices(n)), sampling, sign));
                }
            }
        }
        return new EmergenceTable(rows);
    }

    private static Row row(String experiment, Summary summary, Curve curve, Sampling sampling, double sign) {
        double[] x = curve.points().stream().mapToDouble(p -> Math.log10(p.params())).toArray();
        double[] y = Arrays.stream(curve.means()).map(v -> sign * v).toArray();
        Sharpness.Logistic fit = Sharpness.fit(x, y);
        double[][] seeds = seedCurves(summary, curve, sign);
        double[] scores = new double[seeds.length];
        double[] widths = new double[seeds.length];
        double[] fitMidpoints = new double[seeds.length];
        double[] fitWidths = new double[seeds.length];
        for (int s = 0; s < seeds.length; s++) {
            scores[s] = EmergenceScore.of(seeds[s]);
            widths[s] = Sharpness.transitionWidth(x, seeds[s]);
            Sharpness.Logistic own = Sharpness.fit(x, seeds[s]);
            fitMidpoints[s] = own.midpoint();
            fitWidths[s] = own.width();
        }
        return new Row(experiment, curve.key().metric(), curve.key().arg(), sampling, EmergenceScore.of(y),
                Sharpness.transitionWidth(x, y), estimate(fit.midpoint(), fitMidpoints),
                estimate(fit.width(), fitWidths),
                new OverSeeds(seeds.length, Intervals.overSeeds(scores), Intervals.overSeeds(widths)));
    }

    /** Each seed's own curve over the curve's sizes (the seeds present at every one of them), improvement up. */
    static double[][] seedCurves(Summary summary, Curve curve, double sign) {
        List<Map<Integer, Double>> bySize = curve.points().stream().map(p -> summary.rows().stream()
                .filter(r -> r.size().equals(p.size()) && r.key().equals(curve.key()))
                .collect(Collectors.toMap(SummaryRow::seed, SummaryRow::value))).toList();
        return bySize.get(0).keySet().stream().sorted()
                .filter(seed -> bySize.stream().allMatch(m -> m.containsKey(seed)))
                .map(seed -> bySize.stream().mapToDouble(m -> sign * m.get(seed)).toArray())
                .toArray(double[][]::new);
    }

    /** The fitted value with the t-interval of the seeds' own fits (NaN ends where one of them does not fit). */
    private static Estimate estimate(double value, double[] perSeed) {
        Intervals.Interval i = Intervals.overSeeds(perSeed);
        return new Estimate(value, i.low(), i.high());
    }

    /** Indices 0, k, 2k, … of 0..n-1, and n-1 (the largest size is always kept). */
    public static int[] everyKth(int n, int k) {
        int[] idx = IntStream.iterate(0, i -> i < n, i -> i + k).toArray();
        if (idx.length > 0 && idx[idx.length - 1] != n - 1) {
            idx = Arrays.copyOf(idx, idx.length + 1);
            idx[idx.length - 1] = n - 1;
        }
        return idx;
    }

    /** {@code k} indices evenly spread over 0..n-1, first and last included (all of them if n ≤ k). */
    public static int[] sparseIndices(int n, int k) {
        if (n <= k) {
            return IntStream.range(0, n).toArray();
        }
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = (int) Math.round(i * (n - 1) / (double) (k - 1));
        }
        return idx;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The score of one metric/argument/sampling. */
    public double score(MetricKey key, Sampling sampling) {
        return row(key, sampling).score();
    }

    /** Reads a written {@code emergence_scores.csv}. */
    public static EmergenceTable read(Path file) {
        List<Row> rows = new ArrayList<>();
        Tables.readCsv(file, HEADER, r -> rows.add(row(r)));
        return new EmergenceTable(rows);
    }

    /** A row of a table written with {@link #HEADER}'s columns. */
    static Row row(CSVRecord r) {
        return new Row(r.get("experiment"), r.get("metric"), r.get("metric_arg"), Sampling.of(r.get("sampling")),
                number(r.get("score")), number(r.get("transition_decades")),
                new Estimate(number(r.get("midpoint")), number(r.get("midpoint_lo")), number(r.get("midpoint_hi"))),
                new Estimate(number(r.get("width")), number(r.get("width_lo")), number(r.get("width_hi"))),
                new OverSeeds(Integer.parseInt(r.get("seeds")),
                        new Intervals.Interval(number(r.get("score_lo")), number(r.get("score_hi"))),
                        new Intervals.Interval(number(r.get("transition_lo")), number(r.get("transition_hi")))));
    }

    private static double number(String cell) {
        return Double.parseDouble(cell);
    }

    public void write(Path file) {
        write(file, rows);
    }

    /** A row's cells in the order of {@link #HEADER}. */
    static List<Object> cells(Row r) {
        return List.of(r.experiment(), r.metric(), r.metricArg(), r.sampling().id(), Tables.format(r.score()),
                Tables.format(r.transition()), Tables.format(r.midpoint().value()), Tables.format(r.midpoint().low()),
                Tables.format(r.midpoint().high()), Tables.format(r.width().value()), Tables.format(r.width().low()),
                Tables.format(r.width().high()), r.seeds().seeds(), Tables.format(r.seeds().score().low()),
                Tables.format(r.seeds().score().high()), Tables.format(r.seeds().transition().low()),
                Tables.format(r.seeds().transition().high()));
    }

    /** Writes rows of any experiments as one table. */
    public static void write(Path file, List<Row> rows) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(cells(r));
            }
        });
    }

    /** The row of one metric/argument/sampling. */
    public Row row(MetricKey key, Sampling sampling) {
        return rows.stream().filter(r -> r.key().equals(key) && r.sampling() == sampling).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for " + key + " " + sampling));
    }
}
