package emergence.core.tables;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.OutputKind;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore.StoredRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every metric of every successful run at each of its stored checkpoints: the training-time and training-compute
 * axes beside {@link Summary}'s sizes. Written as {@code trajectory.csv} ({@value #HEADER}); a run stored only at its
 * end has one row per metric, at its last step, when its manifest records that step, and none otherwise.
 */
public final class Trajectory {
    public static final String HEADER = "experiment,size,params,seed,step,examples,training_flops,metric,metric_arg,"
            + "value";

    /**
     * One value at one checkpoint.
     *
     * @param run        the run's identity
     * @param checkpoint the checkpoint
     * @param value      the metric's value there
     */
    public record Row(RunManifest.Identity run, RunManifest.Checkpoint checkpoint, MetricValue value) {
    }

    private final List<Row> rows;

    private Trajectory(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads each checkpoint's outputs (checked against its recorded SHA-256) and scores them with every metric. */
    public static <O> Trajectory score(List<StoredRun> runs, OutputKind<O> kind, List<? extends Metric<O>> metrics) {
        List<Row> rows = new ArrayList<>();
        for (StoredRun run : runs) {
            if (!run.manifest().ok()) {
                continue;
            }
            for (RunManifest.Checkpoint c : run.manifest().outcome().checkpoints()) {
                O outputs = kind.read(run.outputs(c));
                for (Metric<O> metric : metrics) {
                    for (MetricValue v : metric.evaluate(outputs)) {
                        rows.add(new Row(run.manifest().identity(), c, v));
                    }
                }
            }
        }
        return new Trajectory(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows by size, seed, step, in the order the metrics gave them. */
    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(r.run().experiment(), r.run().sizeId(), r.run().params(), r.run().replicate(),
                        r.checkpoint().step(), r.checkpoint().examples(), Tables.format(r.checkpoint().trainingFlops()),
                        r.value().metric(), r.value().arg(), Tables.format(r.value().value()));
            }
        });
    }
}
