package emergence.core.experiment;

import emergence.core.figures.CurvePlot;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.RunManifest;
import emergence.core.tables.Curve;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.Tables;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How test-set size limits what a sharp metric can show (the paper's second prediction, in vision): each
 * size's stored outputs are cut to the first n test examples (n = 100, 1,000, all) and the sharp metric is
 * re-estimated from them, seeds pooled, with its Wilson 95% interval. With few test examples the small
 * models score exactly 0; more test data reveals small, non-zero values.
 *
 * @param label     what a trial is, for titles (e.g. "5-of-5 subset accuracy")
 * @param perTrial  test examples one trial uses (K for a K-subset, L for a sequence, 1 for an image)
 * @param trials    a run's trial outcomes in order, from its stored outputs (the first m trials use the first
 *                  m·perTrial examples)
 * @param <O>       the kind of outputs
 */
public record ResolutionStudy<O>(String label, int perTrial, Function<O, boolean[]> trials) {
    public static final List<Integer> TEST_EXAMPLES = List.of(100, 1000, Integer.MAX_VALUE);
    public static final String FIGURE = "f_resolution";
    public static final String HEADER = "experiment,size,params,test_examples,trials,all_right,estimate,low,high";

    /** One estimate: a size at a test-set size, seeds pooled. */
    public record Row(String size, long params, int testExamples, int trials, int hits, double low, double high) {
        public double estimate() {
            return (double) hits / trials;
        }
    }

    public List<Row> rows(List<LoadedRun<O>> runs) {
        Map<String, List<LoadedRun<O>>> bySize = new LinkedHashMap<>();
        runs.stream().filter(r -> r.manifest().ok())
                .sorted(Comparator.comparingInt(r -> r.manifest().identity().sizeIndex()))
                .forEach(r -> bySize.computeIfAbsent(r.manifest().identity().sizeId(), k -> new ArrayList<>()).add(r));
        // Each run's trial outcomes once; every test-set size then reads a prefix of them.
        Map<String, List<boolean[]>> outcomes = new LinkedHashMap<>();
        bySize.forEach((size, seeds) -> outcomes.put(size,
                seeds.stream().map(r -> trials.apply(r.outputs())).toList()));
        List<Row> rows = new ArrayList<>();
        for (int n : TEST_EXAMPLES) {
            for (List<LoadedRun<O>> seeds : bySize.values()) {
                RunManifest.Identity first = seeds.get(0).manifest().identity();
                rows.add(pooled(first.sizeId(), first.params(), outcomes.get(first.sizeId()), n, perTrial));
            }
        }
        return rows;
    }

    /**
     * The estimate from the first {@code n} test examples of every seed, pooled: each seed contributes its first
     * ⌊n / perTrial⌋ trials (all of them if it has fewer).
     */
    public static Row pooled(String size, long params, List<boolean[]> perSeed, int n, int perTrial) {
        int trialsTotal = 0;
        int hits = 0;
        int examples = 0;
        for (boolean[] outcome : perSeed) {
            int m = (int) Math.min(outcome.length, (long) n / perTrial);
            examples = Math.max(examples, m * perTrial);
            trialsTotal += m;
            for (int i = 0; i < m; i++) {
                hits += outcome[i] ? 1 : 0;
            }
        }
        Intervals.Interval ci = Intervals.wilson(hits, trialsTotal);
        return new Row(size, params, examples, trialsTotal, hits, ci.low(), ci.high());
    }

    public void write(String experiment, List<Row> rows, Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(experiment, r.size(), r.params(), r.testExamples(), r.trials(), r.hits(),
                        Tables.format(r.estimate()), Tables.format(r.low()), Tables.format(r.high()));
            }
        });
    }

    /** The estimate over parameters for each test-set size, the band being its 95% interval. */
    public Path figure(String title, List<Row> rows, Path file) {
        CurvePlot plot = new CurvePlot(title + ": " + label + " vs test-set size", label)
                .subtitle("first n test examples, seeds pooled; band: Wilson 95% interval").yRange(0, 1);
        for (int examples : rows.stream().map(Row::testExamples).distinct().toList()) {
            List<Curve.Point> points = rows.stream().filter(r -> r.testExamples() == examples)
                    .map(r -> new Curve.Point(r.size(), r.params(), r.estimate(), r.low(), r.high(), 1)).toList();
            plot.add(String.format("%,d test examples", examples), new Curve(MetricKey.of(label), points));
        }
        return plot.save(file, 900, 600);
    }
}
