package emergence.core.tables;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.MetricValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tidy summary of one experiment: every metric of every successful run, computed from stored outputs.
 * Written as {@code summary.csv} with columns {@value #HEADER}.
 */
public final class Summary {
    public static final String HEADER = "experiment,size,params,seed,metric,metric_arg,value";

    private final List<SummaryRow> rows;

    public Summary(List<SummaryRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Scores every run with every metric. */
    public static <O> Summary score(List<LoadedRun<O>> runs, List<? extends Metric<O>> metrics) {
        List<SummaryRow> rows = new ArrayList<>();
        for (LoadedRun<O> run : runs) {
            var m = run.manifest().identity();
            for (Metric<O> metric : metrics) {
                for (MetricValue v : metric.evaluate(run.outputs())) {
                    rows.add(new SummaryRow(m.experiment(), m.sizeId(), m.sizeIndex(), m.params(), m.replicate(),
                            v.metric(), v.arg(), v.value()));
                }
            }
        }
        return new Summary(rows);
    }

    public List<SummaryRow> rows() {
        return rows;
    }

    /** Metric name → its arguments in first-seen order. */
    public Map<String, List<String>> metricArgs() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            List<String> args = out.computeIfAbsent(r.metric(), k -> new ArrayList<>());
            if (!args.contains(r.metricArg())) {
                args.add(r.metricArg());
            }
        }
        return out;
    }

    /** One metric over sizes, smallest first, aggregated across seeds. */
    public Curve curve(MetricKey key) {
        Map<Integer, List<SummaryRow>> bySize = rows.stream()
                .filter(r -> r.key().equals(key))
                .collect(Collectors.groupingBy(SummaryRow::sizeIndex, TreeMap::new, Collectors.toList()));
        if (bySize.isEmpty()) {
            throw new IllegalArgumentException("summary has no metric " + key);
        }
        List<Curve.Point> points = new ArrayList<>();
        for (List<SummaryRow> group : bySize.values()) {
            var stats = group.stream().mapToDouble(SummaryRow::value).summaryStatistics();
            SummaryRow first = group.get(0);
            points.add(new Curve.Point(first.size(), first.params(), stats.getAverage(), stats.getMin(),
                    stats.getMax(), group.size()));
        }
        return new Curve(key, points);
    }

    /** Each seed's value of a metric at one size, by seed number. */
    public List<Double> seedValues(MetricKey key, String size) {
        return rows.stream()
                .filter(r -> r.key().equals(key) && r.size().equals(size))
                .sorted(Comparator.comparingInt(SummaryRow::seed)).map(SummaryRow::value).toList();
    }

    /**
     * Reads a written {@code summary.csv}; sizes are indexed in the order they first appear (the file lists them
     * smallest first).
     *
     * @throws IllegalArgumentException when the file is not a summary table
     */
    public static Summary read(Path file) {
        List<String> sizes = new ArrayList<>();
        List<SummaryRow> rows = new ArrayList<>();
        Tables.readCsv(file, HEADER, r -> {
            String size = r.get("size");
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
            rows.add(new SummaryRow(r.get("experiment"), size, sizes.indexOf(size), Long.parseLong(r.get("params")),
                    Integer.parseInt(r.get("seed")), r.get("metric"), r.get("metric_arg"),
                    Double.parseDouble(r.get("value"))));
        });
        return new Summary(rows);
    }

    public void write(Path file) {
        List<SummaryRow> sorted = rows.stream().sorted(Comparator.comparingInt(SummaryRow::sizeIndex)
                .thenComparingInt(SummaryRow::seed)).toList();
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (SummaryRow r : sorted) {
                printer.printRecord(r.experiment(), r.size(), r.params(), r.seed(), r.metric(), r.metricArg(),
                        Tables.format(r.value()));
            }
        });
    }
}
