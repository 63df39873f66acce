package emergence.core.tables;

import emergence.core.metrics.EmergenceScore;
import emergence.core.metrics.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Emergence scores of every metric of one experiment under several samplings of the family: {@code dense}
 * (every size), {@code every2} and {@code every3} (every k-th size from the smallest, plus the largest) and
 * {@code sparse} ({@value #SPARSE_SIZES} sizes evenly spread, as a paper with few models would have).
 * Scores use the across-seed means; a lower-is-better metric is scored on its negation so that
 * improvement is positive for every metric. Written as {@code emergence_scores.csv} ({@value #HEADER}).
 */
public final class EmergenceTable {
    public static final String HEADER = "experiment,metric,metric_arg,sampling,score";
    public static final int SPARSE_SIZES = 4;
    /** The every-k-th-size samplings of the table, besides all sizes ({@code dense}) and 4 ({@code sparse}). */
    public static final List<Integer> EVERY = List.of(2, 3);

    /** One row. */
    public record Row(String experiment, String metric, String metricArg, String sampling, double score) {
    }

    private final List<Row> rows;

    private EmergenceTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static EmergenceTable of(String experiment, Summary summary, List<? extends Metric<?>> metrics) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : summary.metricArgs().entrySet()) {
            boolean higherIsBetter = metrics.stream().filter(m -> m.name().equals(e.getKey())).findFirst()
                    .map(Metric::higherIsBetter).orElse(true);
            for (String arg : e.getValue()) {
                Curve curve = summary.curve(e.getKey(), arg);
                int n = curve.points().size();
                if (n < 2) {
                    continue;  // a score needs two sizes: a sweep of one size (trained first, on its own) has none
                }
                rows.add(new Row(experiment, e.getKey(), arg, "dense", score(curve, higherIsBetter)));
                for (int k : EVERY) {
                    rows.add(new Row(experiment, e.getKey(), arg, "every" + k,
                            score(curve.select(everyKth(n, k)), higherIsBetter)));
                }
                rows.add(new Row(experiment, e.getKey(), arg, "sparse",
                        score(curve.select(sparseIndices(n, SPARSE_SIZES)), higherIsBetter)));
            }
        }
        return new EmergenceTable(rows);
    }

    private static double score(Curve curve, boolean higherIsBetter) {
        double[] y = curve.means();
        if (!higherIsBetter) {
            for (int i = 0; i < y.length; i++) {
                y[i] = -y[i];
            }
        }
        return EmergenceScore.of(y);
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
    public double score(String metric, String arg, String sampling) {
        return rows.stream().filter(r -> r.metric().equals(metric) && r.metricArg().equals(arg)
                        && r.sampling().equals(sampling)).findFirst().map(Row::score)
                .orElseThrow(() -> new IllegalArgumentException("no score for " + metric + " " + arg + " " + sampling));
    }

    /** Reads a written {@code emergence_scores.csv}. */
    public static EmergenceTable read(Path file) {
        List<Row> rows = new ArrayList<>();
        Tables.readCsv(file, HEADER, r -> rows.add(new Row(r.get("experiment"), r.get("metric"), r.get("metric_arg"),
                r.get("sampling"), Double.parseDouble(r.get("score")))));
        return new EmergenceTable(rows);
    }

    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(r.experiment(), r.metric(), r.metricArg(), r.sampling(), Tables.format(r.score()));
            }
        });
    }
}
