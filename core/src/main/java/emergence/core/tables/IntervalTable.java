package emergence.core.tables;

import emergence.core.metrics.IntervalValue;
import emergence.core.metrics.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 95% confidence intervals, over the finite test set, of every metric that has them (accuracy, measured
 * subset accuracy), per run. Written as {@code intervals.csv} ({@value #HEADER}).
 */
public final class IntervalTable {
    public static final String HEADER = "experiment,size,params,seed,metric,metric_arg,value,ci_low,ci_high";

    /** One row. */
    public record Row(String experiment, String size, long params, int seed, IntervalValue value) {
    }

    private final List<Row> rows;

    private IntervalTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static <O> IntervalTable of(List<LoadedRun<O>> runs, List<? extends Metric<O>> metrics) {
        List<Row> rows = new ArrayList<>();
        for (LoadedRun<O> run : runs) {
            var m = run.manifest().identity();
            for (Metric<O> metric : metrics) {
                for (IntervalValue v : metric.intervals(run.outputs())) {
                    rows.add(new Row(m.experiment(), m.sizeId(), m.params(), m.replicate(), v));
                }
            }
        }
        return new IntervalTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                IntervalValue v = r.value();
                printer.printRecord(r.experiment(), r.size(), r.params(), r.seed(), v.metric(), v.arg(),
                        Tables.format(v.value()), Tables.format(v.low()), Tables.format(v.high()));
            }
        });
    }
}
