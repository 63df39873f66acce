package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.figures.CurvePlot;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Sampling;
import emergence.core.tables.Trajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The training-time views of an experiment whose runs were stored with checkpoints, for its first contrast: the
 * smooth and the sharp metric against training FLOPs, one curve per size, with the compute frontier (the best value
 * any size reached within each FLOP count: the layout of Wei et al. 2022); both metrics over steps for three sizes
 * around the sharp metric's transition; and each metric's emergence score over the sizes at every checkpoint.
 */
public final class TrajectoryFigures {
    private static final int W = 900;
    private static final int H = 600;

    private TrajectoryFigures() {
    }

    /** Figure file stem → caption, in report order. */
    public static Map<String, String> captions(Experiment<?, ?> experiment) {
        Contrast c = experiment.scoring().contrasts().get(0);
        Map<String, String> captions = new LinkedHashMap<>();
        captions.put("training_compute_smooth", c.smooth().label() + " against training FLOPs, one curve per size "
                + "(mean over seeds, band: min–max), and the compute frontier (dashed grey): the best any size reached "
                + "within that compute.");
        captions.put("training_compute_sharp", "The same for " + c.sharp().label() + ": the same checkpoints' "
                + "outputs under the sharp metric.");
        captions.put("training_steps", "Both metrics over optimiser steps for three sizes below, at and above the "
                + "sharp metric's fitted transition (" + c.smooth().label() + " solid, " + c.sharp().label()
                + " dashed).");
        captions.put("training_emergence_score", "The emergence score over sizes of each metric at every checkpoint: "
                + "whether the jump over sizes is there from the start of training or appears with it.");
        return captions;
    }

    /** Writes the figures into {@code dir}; returns the PNG paths. */
    public static List<Path> render(Experiment<?, ?> experiment, Trajectory trajectory, EmergenceTable scores,
                                    EmergenceOverTraining overTraining, Path dir) {
        Contrast c = experiment.scoring().contrasts().get(0);
        String title = experiment.id().title();
        List<Path> files = new ArrayList<>();
        for (MetricKey metric : List.of(c.smooth(), c.sharp())) {
            CurvePlot plot = new CurvePlot(title + ": " + metric.label() + " over training compute", metric.label())
                    .xLabel(Trajectory.Axis.FLOPS.words()).subtitle("one curve per size; dashed: the compute frontier");
            for (String size : trajectory.sizes()) {
                plot.add(size, trajectory.over(metric, size, Trajectory.Axis.FLOPS));
            }
            boolean higher = experiment.scoring().metric(metric.metric()).higherIsBetter();
            plot.addReference("compute frontier", frontier(trajectory, metric, higher));
            String stem = metric.equals(c.smooth()) ? "training_compute_smooth" : "training_compute_sharp";
            files.add(plot.save(dir.resolve(stem), W, H));
        }
        CurvePlot steps = new CurvePlot(title + ": both metrics over training, three sizes", "value")
                .xLabel(Trajectory.Axis.STEPS.words()).subtitle(c.smooth().label() + " solid, " + c.sharp().label()
                        + " dashed; mean over seeds");
        int solid = 0;
        for (String size : around(trajectory, scores.row(c.sharp(), Sampling.DENSE).midpoint().value(), c.sharp())) {
            steps.add(size + " " + c.smooth().label(), trajectory.over(c.smooth(), size, Trajectory.Axis.STEPS));
            steps.addDashed(size + " " + c.sharp().label(), trajectory.over(c.sharp(), size, Trajectory.Axis.STEPS),
                    solid);
            solid += 2;
        }
        files.add(steps.save(dir.resolve("training_steps"), W, H));
        CurvePlot scoresOverTraining = new CurvePlot(title + ": emergence score over sizes at each checkpoint",
                "emergence score").xLabel(Trajectory.Axis.STEPS.words());
        for (MetricKey metric : List.of(c.smooth(), c.sharp())) {
            scoresOverTraining.add(metric.label(), emergenceOverTraining(overTraining, metric));
        }
        files.add(scoresOverTraining.save(dir.resolve("training_emergence_score"), W, H));
        return files;
    }

    /** The best seed-mean value any size reached at or below each checkpoint's FLOP count. */
    static Curve frontier(Trajectory trajectory, MetricKey metric, boolean higherIsBetter) {
        List<Curve.Point> all = new ArrayList<>();
        for (String size : trajectory.sizes()) {
            all.addAll(trajectory.over(metric, size, Trajectory.Axis.FLOPS).points());
        }
        all.sort(Comparator.comparingLong(Curve.Point::params));
        List<Curve.Point> frontier = new ArrayList<>();
        double best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        String bestSize = "";
        for (Curve.Point p : all) {
            if (higherIsBetter ? p.mean() > best : p.mean() < best) {
                best = p.mean();
                bestSize = p.size();
            }
            frontier.add(new Curve.Point(bestSize, p.params(), best, best, best, 1));
        }
        return new Curve(metric, frontier);
    }

    /**
     * Three sizes around a fitted midpoint (log₁₀ parameters): the nearest, and two sizes before and after it in the
     * family where it has them; the middle size when the fit has no midpoint.
     */
    static List<String> around(Trajectory trajectory, double midpoint, MetricKey metric) {
        List<Curve.Point> sizes = trajectory.overSizes(metric, trajectory.steps().get(trajectory.steps().size() - 1))
                .points();
        int at = sizes.size() / 2;
        if (!Double.isNaN(midpoint)) {
            for (int i = 0; i < sizes.size(); i++) {
                if (Math.abs(Math.log10(sizes.get(i).params()) - midpoint)
                        < Math.abs(Math.log10(sizes.get(at).params()) - midpoint)) {
                    at = i;
                }
            }
        }
        TreeSet<Integer> chosen = new TreeSet<>(List.of(Math.max(0, at - 2), at, Math.min(sizes.size() - 1, at + 2)));
        return chosen.stream().map(i -> sizes.get(i).size()).toList();
    }

    /** A metric's emergence score over every size at each checkpoint (non-finite scores left out). */
    static Curve emergenceOverTraining(EmergenceOverTraining overTraining, MetricKey metric) {
        List<Curve.Point> points = new ArrayList<>();
        for (EmergenceOverTraining.Row r : overTraining.of(metric, Sampling.DENSE)) {
            double score = r.scores().score();
            if (Double.isFinite(score)) {
                points.add(new Curve.Point("step " + r.step(), r.step(), score, score, score, 1));
            }
        }
        return new Curve(metric, points);
    }
}
