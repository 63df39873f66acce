package emergence.core.tables;

import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The emergence table at every checkpoint, of the metrics asked for and over every size (every metric under every
 * sampling at every step would be most of the scoring time): each one's emergence score, transition
 * width, fitted midpoint and width over the sizes, from the seed means at that step (the sizes share a budget, so a step is
 * the same point of training for all of them). Whether a jump over sizes is there early in training, appears with it,
 * or fades, is in how these move. Written as {@code emergence_over_training.csv} ({@value #HEADER}).
 */
public final class EmergenceOverTraining {
    public static final String HEADER = "step,examples," + EmergenceTable.HEADER;

    /**
     * One metric's scores at one step.
     *
     * @param step     optimiser steps taken
     * @param examples training examples seen by then
     * @param scores   the emergence table's row there
     */
    public record Row(long step, long examples, EmergenceTable.Row scores) {
    }

    private final List<Row> rows;

    private EmergenceOverTraining(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The emergence table of {@code keys} at each step of the trajectory. */
    public static EmergenceOverTraining of(String experiment, Trajectory trajectory, List<? extends Metric<?>> metrics,
                                           Set<MetricKey> keys) {
        List<Row> rows = new ArrayList<>();
        for (long step : trajectory.steps()) {
            long examples = trajectory.rows().stream().filter(r -> r.checkpoint().step() == step).findFirst()
                    .orElseThrow().checkpoint().examples();
            Summary at = new Summary(trajectory.at(step).rows().stream().filter(r -> keys.contains(r.key())).toList());
            for (EmergenceTable.Row r : EmergenceTable.of(experiment, at, metrics, List.of(Sampling.DENSE)).rows()) {
                rows.add(new Row(step, examples, r));
            }
        }
        return new EmergenceOverTraining(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads a written {@code emergence_over_training.csv}. */
    public static EmergenceOverTraining read(Path file) {
        List<Row> rows = new ArrayList<>();
        Tables.readCsv(file, HEADER, r -> rows.add(new Row(Long.parseLong(r.get("step")),
                Long.parseLong(r.get("examples")), EmergenceTable.row(r))));
        return new EmergenceOverTraining(rows);
    }

    /** A metric's row at each step under one sampling, in step order. */
    public List<Row> of(MetricKey metric, Sampling sampling) {
        return rows.stream().filter(r -> r.scores().key().equals(metric) && r.scores().sampling() == sampling)
                .toList();
    }

    public void write(Path file) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Row row : rows) {
                List<Object> cells = new ArrayList<>(List.of(row.step(), row.examples()));
                cells.addAll(EmergenceTable.cells(row.scores()));
                printer.printRecord(cells);
            }
        });
    }
}
