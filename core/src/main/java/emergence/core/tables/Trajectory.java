package emergence.core.tables;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.RunManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

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

    public Trajectory(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads each checkpoint's outputs (checked against its recorded SHA-256; a last one that is the final outputs is
     * read already) and scores them with every metric.
     */
    public static <O> Trajectory score(List<LoadedRun<O>> runs, List<? extends Metric<O>> metrics) {
        List<Row> rows = new ArrayList<>();
        for (LoadedRun<O> run : runs) {
            for (RunManifest.Checkpoint c : run.manifest().outcome().checkpoints()) {
                O outputs = run.outputs(c);
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

    /** What a trajectory's x axis counts. */
    public enum Axis {
        STEPS("optimiser steps"), FLOPS("training FLOPs");

        private final String words;

        Axis(String words) {
            this.words = words;
        }

        /** The axis's label. */
        public String words() {
            return words;
        }

        long of(RunManifest.Checkpoint c) {
            return this == STEPS ? c.step() : Math.round(c.trainingFlops());
        }
    }

    /** Every value at one step, as the summary of a sweep that had stopped there. */
    public Summary at(long step) {
        return new Summary(rows.stream().filter(r -> r.checkpoint().step() == step)
                .map(r -> new SummaryRow(r.run().experiment(), r.run().sizeId(), r.run().sizeIndex(), r.run().params(),
                        r.run().replicate(), r.value().metric(), r.value().arg(), r.value().value()))
                .toList());
    }

    /** The sizes with checkpoints, smallest first. */
    public List<String> sizes() {
        return rows.stream().sorted(Comparator.comparingInt(r -> r.run().sizeIndex())).map(r -> r.run().sizeId())
                .distinct().toList();
    }

    /** The checkpoint steps, in order. */
    public List<Long> steps() {
        return rows.stream().map(r -> r.checkpoint().step()).distinct().sorted().toList();
    }

    /**
     * One size's metric over its checkpoints: the mean over seeds at each checkpoint (band: the smallest and largest
     * seed), its x on {@code axis} carried in the points' {@code params} (the figures' x coordinate).
     */
    public Curve over(MetricKey metric, String size, Axis axis) {
        return curve(metric, axis, r -> r.run().sizeId().equals(size), r -> axis.of(r.checkpoint()),
                r -> r.run().sizeId());
    }

    /** The metric over the sizes at one step: seed means against parameters, as {@link Summary#curve} at the end. */
    public Curve overSizes(MetricKey metric, long step) {
        return curve(metric, null, r -> r.checkpoint().step() == step, r -> r.run().params(), r -> r.run().sizeId());
    }

    private Curve curve(MetricKey metric, Axis axis, Predicate<Row> keep, ToLongFunction<Row> x,
                        Function<Row, String> label) {
        Map<Long, List<Row>> byX = rows.stream().filter(r -> r.value().key().equals(metric) && keep.test(r))
                .collect(Collectors.groupingBy(x::applyAsLong, TreeMap::new, Collectors.toList()));
        if (byX.isEmpty()) {
            throw new IllegalArgumentException("trajectory has no " + metric + (axis == null ? "" : " on " + axis));
        }
        List<Curve.Point> points = new ArrayList<>();
        byX.forEach((at, group) -> {
            var stats = group.stream().mapToDouble(r -> r.value().value()).summaryStatistics();
            points.add(new Curve.Point(label.apply(group.get(0)), at, stats.getAverage(), stats.getMin(),
                    stats.getMax(), group.size()));
        });
        return new Curve(metric, points);
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
