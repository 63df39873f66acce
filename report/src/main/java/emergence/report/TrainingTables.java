package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.Sampling;
import emergence.core.tables.StepTransitions;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The training-time view of an experiment as a table: how the jump over sizes moves from checkpoint to checkpoint. */
public final class TrainingTables {
    private TrainingTables() {
    }

    /**
     * One row per checkpoint: the step, the examples seen, and for the contrast's smooth and sharp metric the emergence
     * score over every size and the transition width (decades of parameters from 10% to 90% of the rise).
     */
    public static MarkdownTables.Table overTraining(Contrast c, EmergenceOverTraining table) {
        List<EmergenceOverTraining.Row> smooth = table.of(c.smooth(), Sampling.DENSE);
        List<EmergenceOverTraining.Row> sharp = table.of(c.sharp(), Sampling.DENSE);
        Format score = Format.readable();
        Format decades = v -> Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < smooth.size(); i++) {
            EmergenceOverTraining.Row a = smooth.get(i);
            EmergenceOverTraining.Row b = sharp.get(i);
            rows.add(List.of(Long.toString(a.step()), String.format(Locale.ROOT, "%,d", a.examples()),
                    score.apply(a.scores().score()), score.apply(b.scores().score()),
                    decades.apply(a.scores().transition()), decades.apply(b.scores().transition())));
        }
        return new MarkdownTables.Table(List.of("step", "examples seen", "emergence score: " + c.smooth().label(),
                c.sharp().label(), "transition width: " + c.smooth().label(), c.sharp().label()), 1, rows);
    }

    /**
     * The metric whose rise over steps is set against its rise over sizes: the one the explorer draws as smooth
     * (addition: per-token accuracy), else the first contrast's smooth metric.
     */
    public static MetricKey smoothOverSteps(Experiment<?, ?> e) {
        return Explorable.of(e).map(Explorer::smooth).orElse(e.scoring().contrasts().get(0).smooth());
    }

    /**
     * A metric's transition over training at each size beside its transition over the sizes at the last step: per
     * size its value at the first and last checkpoint (seed means) and its width over steps, and a last row with the
     * width over sizes; widths in decades (10% to 90% of the rise) as the seed mean [smallest, largest seed].
     */
    public static MarkdownTables.Table stepsAgainstSizes(MetricKey metric, MetricKey sharp, StepTransitions t) {
        Format value = Format.readable();
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<StepTransitions.Row>> bySize = bySize(t.of(metric, StepTransitions.Axis.STEPS));
        Map<String, List<StepTransitions.Row>> sharpBySize = bySize(t.of(sharp, StepTransitions.Axis.STEPS));
        bySize.forEach((size, seeds) -> rows.add(List.of(size, String.format(Locale.ROOT, "%,d", seeds.get(0).params()),
                value.apply(mean(seeds, StepTransitions.Row::first)) + " → "
                        + value.apply(mean(seeds, StepTransitions.Row::last)),
                band(seeds), band(sharpBySize.getOrDefault(size, List.of())))));
        List<StepTransitions.Row> sizes = t.of(metric, StepTransitions.Axis.PARAMS);
        rows.add(List.of("**over sizes, at the last step**", "", value.apply(mean(sizes, StepTransitions.Row::first))
                + " → " + value.apply(mean(sizes, StepTransitions.Row::last)), "**" + band(sizes) + "**",
                band(t.of(sharp, StepTransitions.Axis.PARAMS))));
        return new MarkdownTables.Table(List.of("size", "parameters", metric.label() + ", first → last",
                "width of " + metric.label() + " (decades)", "width of " + sharp.label()), 1, rows);
    }

    /**
     * The table's answer in one sentence: at the sizes whose metric rises over training by at least half the family's
     * rise over sizes, the range of widths over steps (every such size and seed) against the range over sizes (every
     * seed); narrower where one range lies wholly below the other, "undecided at this resolution" where they overlap.
     */
    public static String stepsAgainstSizesVerdict(Metric<?> metric, MetricKey key, StepTransitions t) {
        double sign = metric.higherIsBetter() ? 1 : -1;
        List<StepTransitions.Row> sizes = t.of(key, StepTransitions.Axis.PARAMS);
        double familyRise = sign * (mean(sizes, StepTransitions.Row::last) - mean(sizes, StepTransitions.Row::first));
        List<String> risen = new ArrayList<>();
        List<StepTransitions.Row> overSteps = new ArrayList<>();
        bySize(t.of(key, StepTransitions.Axis.STEPS)).forEach((size, seeds) -> {
            if (sign * (mean(seeds, StepTransitions.Row::last) - mean(seeds, StepTransitions.Row::first))
                    >= familyRise / 2) {
                risen.add(size);
                overSteps.addAll(seeds);
            }
        });
        DoubleSummaryStatistics steps = stats(overSteps);
        DoubleSummaryStatistics params = stats(sizes);
        if (risen.isEmpty() || steps.getCount() == 0 || params.getCount() == 0) {
            return "No size rises over training by half the family's rise over sizes: undecided at this resolution.";
        }
        Format d = Format.fixed(2);
        String which = risen.size() == 1 ? "At the one size whose " + key.label() + " rises" : "At the "
                + risen.size() + " sizes whose " + key.label() + " rises";
        String named = risen.size() == 1 ? risen.get(0) : risen.get(0) + " … " + risen.get(risen.size() - 1);
        String ranges = which + " over training by at least half the family's rise over sizes (" + named
                + "), it takes " + d.apply(steps.getMin()) + "–" + d.apply(steps.getMax()) + " decades of steps ("
                + steps.getCount() + " runs); over the sizes at the last step, " + d.apply(params.getMin()) + "–"
                + d.apply(params.getMax()) + " decades of parameters (" + params.getCount() + " seeds). ";
        if (params.getMax() < steps.getMin()) {
            return ranges + "In every seed the rise over sizes is narrower than any rise over steps: the jump is "
                    + "sharper across model size than across training time.";
        }
        if (steps.getMax() < params.getMin()) {
            return ranges + "In every seed the rise over steps is narrower than the rise over sizes: the jump is "
                    + "sharper across training time than across model size.";
        }
        return ranges + "The ranges overlap: undecided at this resolution.";
    }

    private static Map<String, List<StepTransitions.Row>> bySize(List<StepTransitions.Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(StepTransitions.Row::size, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static double mean(List<StepTransitions.Row> rows, ToDoubleFunction<StepTransitions.Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static DoubleSummaryStatistics stats(List<StepTransitions.Row> rows) {
        return rows.stream().mapToDouble(StepTransitions.Row::width).filter(Double::isFinite).summaryStatistics();
    }

    /** Widths as mean [min, max] over the seeds that have one; "–" if none. */
    private static String band(List<StepTransitions.Row> seeds) {
        DoubleSummaryStatistics s = stats(seeds);
        if (s.getCount() == 0) {
            return "–";
        }
        Format d = Format.fixed(2);
        return d.apply(s.getAverage()) + " [" + d.apply(s.getMin()) + ", " + d.apply(s.getMax()) + "]";
    }
}
