package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.figures.CurvePlot;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable.Row;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.Table;
import emergence.core.tables.Sampling;
import emergence.report.SharpnessTables.Scored;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Families of different shape trained on one dataset (the lab's LeNets and the paper's on MNIST), set side by side on
 * one parameter axis: a figure of each family's {@link Contrast} (smooth metric solid, sharp dashed in the family's
 * colour) and a table of where each family's curves lie and rise.
 */
public final class SharedTasks {
    /** The experiments of one dataset, in report order. */
    public record Group(String dataset, List<Scored> families) {
        String stem() {
            return "families_" + dataset;
        }

        String caption() {
            Contrast c = families.get(0).experiment().scoring().contrasts().get(0);
            return "The " + families.size() + " families trained on " + dataset + " on one parameter axis: "
                    + c.smooth().label() + " (solid) and " + c.sharp().label() + " (dashed) of each, mean over seeds. "
                    + "The shape of the family decides where on the axis the rise happens; the metric decides how "
                    + "sudden it looks.";
        }
    }

    private SharedTasks() {
    }

    /** Datasets with two or more scored experiments that name a contrast, in the order of their first experiment. */
    public static List<Group> groups(List<Scored> scored) {
        Map<String, List<Scored>> byDataset = new LinkedHashMap<>();
        for (Scored s : scored) {
            if (!s.experiment().scoring().contrasts().isEmpty()) {
                byDataset.computeIfAbsent(s.experiment().dataset().folder(), k -> new ArrayList<>()).add(s);
            }
        }
        return byDataset.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Writes the group's figure (PNG and SVG) into the report's figures folder {@code dir}; returns the PNG. */
    static Path render(Group g, Path dir) {
        CurvePlot plot = new CurvePlot(g.dataset() + ": " + g.families().size() + " families on one parameter axis",
                "value").subtitle("solid: smooth metric; dashed: sharp metric on the same outputs; mean over seeds");
        for (int i = 0; i < g.families().size(); i++) {
            Scored s = g.families().get(i);
            Contrast c = s.experiment().scoring().contrasts().get(0);
            plot.add(s.experiment().name() + ": " + c.smooth().label(),
                    s.summary().curve(c.smooth()));
            plot.addDashed(s.experiment().name() + ": " + c.sharp().label(),
                    s.summary().curve(c.sharp()), 2 * i);
        }
        return plot.save(dir.resolve(g.stem()), 900, 600);
    }

    /**
     * Per family and metric of its first contrast: its sizes and parameters, the seed-mean value at the smallest and
     * largest size, the fitted midpoint in parameters (95% interval over seeds) and the transition width.
     */
    public static Table table(Group g) {
        List<List<String>> rows = new ArrayList<>();
        Format readable = Format.readable();
        for (Scored s : g.families()) {
            Contrast c = s.experiment().scoring().contrasts().get(0);
            for (MetricKey metric : List.of(c.smooth(), c.sharp())) {
                List<Curve.Point> points = s.summary().curve(metric).points();
                Curve.Point first = points.get(0);
                Curve.Point last = points.get(points.size() - 1);
                Row dense = s.emergence().row(metric, Sampling.DENSE);
                rows.add(List.of(s.experiment().name(), metric.label(),
                        String.format(Locale.ROOT, "%d: %,d – %,d", points.size(), first.params(), last.params()),
                        readable.apply(first.mean()) + " → " + readable.apply(last.mean()),
                        params(dense.midpoint().value()) + " (" + params(dense.midpoint().low()) + " – "
                                + params(dense.midpoint().high()) + ")",
                        Format.fixed(2).apply(dense.transition())));
            }
        }
        return new Table(List.of("family", "metric", "sizes: parameters", "smallest → largest",
                "fitted midpoint, parameters (95% over seeds)", "transition width (decades)"), 3, rows);
    }

    /** 10^{@code log10}, as a whole number of parameters grouped in thousands. */
    private static String params(double log10) {
        return Double.isNaN(log10) ? "–" : String.format(Locale.ROOT, "%,.0f", Math.pow(10, log10));
    }
}
