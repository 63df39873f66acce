package emergence.omniglot;

import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.CurvePlot;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Brier;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedErrors;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.PositionAccuracy;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Omniglot figures: (a) per-image test accuracy over parameters, with accuracy at the first and last
 * position of a sequence; (b) L-of-L subset accuracy for L = 1..5 with the independence prediction acc^L
 * dashed; (c) the same on {@value EmergenceTable#SPARSE_SIZES} sizes only; (d) the continuous metrics.
 */
final class OmniglotFigures implements FigureSet {
    private static final List<Integer> LS = List.of(1, 2, 3, 4, 5);
    private static final int W = 900;
    private static final int H = 600;

    @Override
    public Map<String, String> captions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("a_accuracy", "Per-image accuracy of every transformer size (all positions, and the first and last "
                + "image of a sequence). It rises smoothly with parameters.");
        c.put("b_subset_accuracy", "All L images of a sequence right, measured (solid), beside acc^L from "
                + "per-image accuracy (dashed): sharp for L = 5, and predicted by the smooth metric.");
        c.put("c_subset_accuracy_sparse", "The same curves sampled at 4 sizes: the rise looks sudden.");
        c.put("d_continuous_metrics", "Cross-entropy, Brier score and expected errors among 5 on the same outputs "
                + "fall smoothly.");
        c.put(ResolutionStudy.FIGURE, "All 5 images right, estimated from the first 20, 200 and all test sequences "
                + "(band: 95% interval). Few test sequences read exactly 0 for the small models.");
        return c;
    }

    @Override
    public List<Path> render(Summary summary, Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(new CurvePlot("Causal transformer on Omniglot: per-image accuracy (smooth)", "test accuracy")
                .subtitle("mean over seeds; band: min–max over seeds")
                .add("all positions", summary.curve(MetricKey.of(Accuracy.NAME)))
                .add("image 1 of a sequence", summary.curve(MetricKey.of(PositionAccuracy.NAME, 1)))
                .add("image 5 of a sequence", summary.curve(MetricKey.of(PositionAccuracy.NAME, 5)))
                .yRange(0, 1).save(dir.resolve("a_accuracy"), W, H));
        files.add(subsetPlot(summary, false).save(dir.resolve("b_subset_accuracy"), W, H));
        files.add(subsetPlot(summary, true).save(dir.resolve("c_subset_accuracy_sparse"), W, H));
        CurvePlot smooth = new CurvePlot("Causal transformer on Omniglot: continuous metrics on the same outputs",
                "value (log)").subtitle("cross-entropy (nats), Brier score and expected errors among L = 5").logY();
        smooth.add("cross-entropy", summary.curve(MetricKey.of(CrossEntropy.NAME)));
        smooth.add("Brier", summary.curve(MetricKey.of(Brier.NAME)));
        smooth.add("expected errors, L=5", summary.curve(MetricKey.of(ExpectedErrors.NAME, 5)));
        files.add(smooth.save(dir.resolve("d_continuous_metrics"), W, H));
        return files;
    }

    private static CurvePlot subsetPlot(Summary summary, boolean sparse) {
        CurvePlot plot = new CurvePlot(sparse
                ? "Omniglot: L-of-L subset accuracy, " + EmergenceTable.SPARSE_SIZES + " sizes only"
                : "Causal transformer on Omniglot: all L images of a sequence right (sharp)",
                "subset accuracy (all L right)")
                .subtitle(sparse ? "the same outputs sampled at few sizes: the rise looks sudden"
                        : "solid: measured on the fixed test sequences; dashed: acc^L from per-image accuracy")
                .yRange(0, 1);
        for (int i = 0; i < LS.size(); i++) {
            String l = Integer.toString(LS.get(i));
            Curve measured = summary.curve(MetricKey.of(SubsetAccuracy.NAME, l));
            Curve predicted = summary.curve(MetricKey.of(ExpectedSubsetAccuracy.NAME, l));
            if (sparse) {
                int[] pick = EmergenceTable.sparseIndices(measured.points().size(), EmergenceTable.SPARSE_SIZES);
                measured = measured.select(pick);
                predicted = predicted.select(pick);
            }
            plot.add("L=" + l, measured);
            if (!sparse) {
                plot.addDashed("acc^" + l, predicted, 2 * i);
            }
        }
        return plot;
    }
}
