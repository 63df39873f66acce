package emergence.core.tables;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Sharpness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Whether a jump over sizes is a jump over training too: per seed, each metric's transition width over the optimiser
 * steps of every size (its value at each checkpoint, in log₁₀ steps) beside its width over the sizes at the last step
 * (in log₁₀ parameters), both from 10% to 90% of the rise as {@link Sharpness#transitionWidth} measures them, with
 * the value at the first and the last point. At a fixed budget a decade of steps and a decade of parameters are each
 * a decade of training compute, so the two widths compare directly. Written as {@code step_transitions.csv}
 * ({@value #HEADER}).
 */
public final class StepTransitions {
    public static final String HEADER = "experiment,metric,metric_arg,axis,size,params,seed,first,last,width_decades";

    /** The axis a width runs along. */
    public enum Axis {
        /** Optimiser steps at one size. */
        STEPS,
        /** Sizes at the last step. */
        PARAMS;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One seed's transition of one metric along one axis.
     *
     * @param key    the metric
     * @param axis   along steps (at {@code size}) or along sizes (at the last step; {@code size} empty)
     * @param size   the size, or empty along sizes
     * @param params its parameters, or 0 along sizes
     * @param seed   the seed
     * @param first  the metric at the first point of the axis (first checkpoint, smallest size)
     * @param last   the metric at the last point
     * @param width  decades from 10% to 90% of the rise (improvement up); NaN where it does not rise
     */
    public record Row(MetricKey key, Axis axis, String size, long params, int seed, double first, double last,
                      double width) {
    }

    private final String experiment;
    private final List<Row> rows;

    private StepTransitions(String experiment, List<Row> rows) {
        this.experiment = experiment;
        this.rows = List.copyOf(rows);
    }

    /** Every metric's widths along steps (each size and seed) and along sizes (each seed, at the last step). */
    public static StepTransitions of(String experiment, Trajectory trajectory, List<? extends Metric<?>> metrics) {
        Map<String, Boolean> higher = metrics.stream().collect(Collectors.toMap(Metric::name, Metric::higherIsBetter));
        List<Row> rows = new ArrayList<>();
        if (trajectory.steps().size() < 2) {
            return new StepTransitions(experiment, rows);
        }
        long lastStep = trajectory.steps().get(trajectory.steps().size() - 1);
        Map<MetricKey, List<Trajectory.Row>> byKey = trajectory.rows().stream()
                .collect(Collectors.groupingBy(r -> r.value().key(), LinkedHashMap::new,
                        Collectors.toList()));
        byKey.forEach((key, values) -> {
            double sign = higher.getOrDefault(key.metric(), true) ? 1 : -1;
            Map<Integer, Map<String, List<Trajectory.Row>>> bySeed = values.stream().collect(Collectors.groupingBy(
                    r -> r.run().replicate(), TreeMap::new, Collectors.groupingBy(r -> r.run().sizeId(),
                            LinkedHashMap::new, Collectors.toList())));
            bySeed.forEach((seed, bySize) -> {
                List<Trajectory.Row> atEnd = new ArrayList<>();
                bySize.entrySet().stream()
                        .sorted(Comparator.comparingInt(e -> e.getValue().get(0).run().sizeIndex()))
                        .forEach(e -> {
                            List<Trajectory.Row> run = e.getValue().stream()
                                    .sorted(Comparator.comparingLong(r -> r.checkpoint().step())).toList();
                            rows.add(row(key, Axis.STEPS, e.getKey(), run.get(0).run().params(), seed, sign, run,
                                    r -> Math.log10(r.checkpoint().step())));
                            run.stream().filter(r -> r.checkpoint().step() == lastStep).forEach(atEnd::add);
                        });
                rows.add(row(key, Axis.PARAMS, "", 0, seed, sign, atEnd, r -> Math.log10(r.run().params())));
            });
        });
        return new StepTransitions(experiment, rows);
    }

    private static Row row(MetricKey key, Axis axis, String size, long params, int seed, double sign,
                           List<Trajectory.Row> points, ToDoubleFunction<Trajectory.Row> x) {
        double[] xs = points.stream().mapToDouble(x).toArray();
        double[] ys = points.stream().mapToDouble(r -> sign * r.value().value()).toArray();
        double width = points.size() < 2 ? Double.NaN : Sharpness.transitionWidth(xs, ys);
        return new Row(key, axis, size, params, seed, points.isEmpty() ? Double.NaN : points.get(0).value().value(),
                points.isEmpty() ? Double.NaN : points.get(points.size() - 1).value().value(), width);
    }

    public List<Row> rows() {
        return rows;
    }

    /** One metric's rows along one axis, in the order written: by seed, and within a seed by size, smallest first. */
    public List<Row> of(MetricKey key, Axis axis) {
        return rows.stream().filter(r -> r.key().equals(key) && r.axis() == axis).toList();
    }

    /** Reads a written {@code step_transitions.csv}. */
    public static StepTransitions read(Path file) {
        List<Row> rows = new ArrayList<>();
        String[] experiment = {""};
        Tables.readCsv(file, HEADER, r -> {
            experiment[0] = r.get("experiment");
            rows.add(new Row(MetricKey.of(r.get("metric"), r.get("metric_arg")),
                    Axis.valueOf(r.get("axis").toUpperCase(Locale.ROOT)), r.get("size"),
                    Long.parseLong(r.get("params")), Integer.parseInt(r.get("seed")),
                    Double.parseDouble(r.get("first")), Double.parseDouble(r.get("last")),
                    Double.parseDouble(r.get("width_decades"))));
        });
        return new StepTransitions(experiment[0], rows);
    }

    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row r : rows) {
                printer.printRecord(experiment, r.key().metric(), r.key().arg(), r.axis().id(), r.size(), r.params(),
                        r.seed(), Tables.format(r.first()), Tables.format(r.last()), Tables.format(r.width()));
            }
        });
    }
}
