package emergence.core.subsets;

import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.CurvePlot;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedErrors;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a classification family scored by K-of-K subset accuracy (LeNet on MNIST, students of a
 * teacher): (a) test accuracy over parameters, (b) K-of-K subset accuracy for K = 1..5, 6, 8, 10 on
 * every size, (c) the same on {@value EmergenceTable#SPARSE_SIZES} sizes only, (d) the smooth counterparts
 * (cross-entropy, expected errors among K) and (e) measured subset accuracy beside its prediction acc^K.
 */
public final class SubsetFigures implements FigureSet {
    static final List<Integer> KS_SHOWN = List.of(1, 2, 3, 4, 5, 6, 8, 10);
    private static final int W = 900;
    private static final int H = 600;

    private final String title;
    private final String member;
    private final String items;
    private final int testItems;

    /**
     * @param title     the start of every figure title, e.g. "LeNet on MNIST"
     * @param member    one family member in words, e.g. "LeNet size"
     * @param items     the test items in words, plural, e.g. "test images"
     * @param testItems how many test items a run is scored on
     */
    public SubsetFigures(String title, String member, String items, int testItems) {
        this.title = title;
        this.member = member;
        this.items = items;
        this.testItems = testItems;
    }

    @Override
    public Map<String, String> captions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("a_accuracy", "Per-example test accuracy of every " + member + " (mean over seeds, band min–max). "
                + "It rises smoothly with parameters: no size is special.");
        c.put("b_subset_accuracy", "K-of-K subset accuracy on the same stored predictions. It sits at 0 for the "
                + "smallest sizes and then rises steeply, the later the larger K: apparent emergence from the metric.");
        c.put("c_subset_accuracy_sparse", "The same curves sampled at 4 sizes, as a paper with few models would. "
                + "The rise now looks like a sudden jump between two models.");
        c.put("d_continuous_metrics", "Continuous metrics on the same outputs: cross-entropy and expected errors "
                + "among K fall smoothly over the whole family.");
        c.put("e_prediction", "Measured subset accuracy (solid) beside acc^K from per-example accuracy alone "
                + "(dashed). The smooth metric predicts the sharp one at every size.");
        c.put(ResolutionStudy.FIGURE, "5-of-5 subset accuracy estimated from the first 100, 1,000 and "
                + String.format(Locale.ROOT, "%,d", testItems) + " " + items + " (band: 95% interval). Small test "
                + "sets read exactly 0 where more data shows small values.");
        return c;
    }

    @Override
    public List<Path> render(Summary summary, Path dir) {
        List<Path> files = new ArrayList<>();
        Curve acc = summary.curve(MetricKey.of(Accuracy.NAME));
        files.add(new CurvePlot(title + ": test accuracy (smooth)", "test accuracy")
                .subtitle("mean over seeds; band: min–max over seeds")
                .add("accuracy", acc).yRange(0, 1).save(dir.resolve("a_accuracy"), W, H));
        files.add(subsetPlot(summary, false).save(dir.resolve("b_subset_accuracy"), W, H));
        files.add(subsetPlot(summary, true).save(dir.resolve("c_subset_accuracy_sparse"), W, H));
        CurvePlot smooth = new CurvePlot(title + ": continuous metrics on the same outputs", "value (log)")
                .subtitle("cross-entropy (nats) and expected errors among K = 5 fall smoothly").logY();
        smooth.add("cross-entropy", summary.curve(MetricKey.of(CrossEntropy.NAME)));
        smooth.add("expected errors, K=5", summary.curve(MetricKey.of(ExpectedErrors.NAME, 5)));
        files.add(smooth.save(dir.resolve("d_continuous_metrics"), W, H));
        CurvePlot predicted = new CurvePlot(title + ": the smooth metric predicts the sharp one",
                "subset accuracy (all K right)").subtitle("solid: measured on disjoint K-subsets of the test set; "
                + "dashed: acc^K from per-example accuracy").yRange(0, 1);
        List<Integer> ks = List.of(2, 5, 10);
        for (int i = 0; i < ks.size(); i++) {
            String k = Integer.toString(ks.get(i));
            predicted.add("K=" + k + " measured", summary.curve(MetricKey.of(SubsetAccuracy.NAME, k)));
            predicted.addDashed("K=" + k + " acc^K", summary.curve(MetricKey.of(ExpectedSubsetAccuracy.NAME, k)),
                    2 * i);
        }
        files.add(predicted.save(dir.resolve("e_prediction"), W, H));
        return files;
    }

    private CurvePlot subsetPlot(Summary summary, boolean sparse) {
        CurvePlot plot = new CurvePlot(sparse
                ? title + ": subset accuracy, " + EmergenceTable.SPARSE_SIZES + " sizes only"
                : title + ": K-of-K subset accuracy (sharp)", "subset accuracy (all K right)")
                .subtitle(sparse ? "the same outputs sampled at few sizes: the rise looks sudden"
                        : "same stored outputs as the accuracy figure; K test items all right")
                .yRange(0, 1);
        for (int k : KS_SHOWN) {
            Curve c = summary.curve(MetricKey.of(SubsetAccuracy.NAME, k));
            if (sparse) {
                c = c.select(EmergenceTable.sparseIndices(c.points().size(), EmergenceTable.SPARSE_SIZES));
            }
            plot.add("K=" + k, c);
        }
        return plot;
    }
}
