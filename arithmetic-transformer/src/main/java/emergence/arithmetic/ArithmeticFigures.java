package emergence.arithmetic;

import emergence.core.experiment.Refiner;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.CurvePlot;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The arithmetic figures in the layout of the paper's §3 (Fig. 3 and 4): exact match per answer length L over
 * parameters on linear and log axes (sharp), token edit distance and per-token accuracy per L (smooth), measured
 * exact match beside acc^L, and the §2 model fitted to the family's per-token cross-entropy with its predicted
 * exact match.
 */
final class ArithmeticFigures implements FigureSet {
    private static final int W = 900;
    private static final int H = 600;
    private static final String SEEDS = "mean over seeds; band: min–max over seeds";

    @Override
    public Map<String, String> captions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("a_exact_match", "Exact match of the greedy answer, one curve per answer length L: the longer the "
                + "answer, the later the rise.");
        int few = ArithmeticFamily.PAPER_SEEDS;
        int many = Refiner.Settings.DEFAULT.maxSeeds();
        c.put("b_exact_match_log", "The same on a log axis: where some test problems are right, exact match is small, "
                + "not absent. Where none is (0 is off a log axis), the test set bounds it only: with none of the "
                + String.format(Locale.ROOT, "%,d problems of one length right in any of a size's seeds, below %.5f "
                + "at %d seeds and %.5f at %d (one-sided 95%%).", ArithmeticFamily.TEST_PER_LENGTH, bound(few), few,
                bound(many), many));
        c.put("b_exact_match_sparse", "The same curves sampled at " + EmergenceTable.SPARSE_SIZES + " sizes: the "
                + "rise looks sudden.");
        c.put("c_token_edit_distance", "Token edit distance between the greedy answer and the answer, on the same "
                + "outputs: it moves before exact match leaves 0, and falls with parameters at every L.");
        c.put("d_token_accuracy", "Per-token accuracy of the answer digits (teacher forced), per L.");
        c.put("e_exact_match_predicted", "Measured exact match (solid) beside acc^L from per-token accuracy "
                + "(dashed): the sharp curve follows from the smooth one.");
        c.put("g_section2_cross_entropy", "Per-token cross-entropy and the §2 model (c/N)^α fitted to it.");
        c.put("h_section2_exact_match", "Exact match measured (solid) and predicted by the fitted §2 model, "
                + "exp(−(c/N)^α)^L (dashed).");
        c.put(ResolutionStudy.FIGURE, "Exact match at L = " + ArithmeticTransformer.LONGEST + " estimated from the "
                + "first 20, 200 and all test problems of that length (band: 95% interval).");
        return c;
    }

    /** The one-sided 95% upper bound of a share of which none of {@code seeds} × the test problems of a length is. */
    private static double bound(int seeds) {
        return 1 - Math.pow(0.05, 1.0 / ((double) seeds * ArithmeticFamily.TEST_PER_LENGTH));
    }

    @Override
    public List<Path> render(Summary summary, Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(perLength(summary, "Addition: exact match per answer length L (sharp)", "exact match",
                ExactMatch.NAME).yRange(0, 1).save(dir.resolve("a_exact_match"), W, H));
        files.add(perLength(summary, "Addition: exact match per answer length L, log scale", "exact match (log)",
                ExactMatch.NAME).logY().save(dir.resolve("b_exact_match_log"), W, H));
        CurvePlot sparse = new CurvePlot("Addition: exact match per answer length L, " + EmergenceTable.SPARSE_SIZES
                + " sizes only", "exact match").subtitle("the same outputs sampled at few sizes").yRange(0, 1);
        for (int l : ArithmeticTransformer.LENGTHS) {
            Curve measured = summary.curve(MetricKey.of(ExactMatch.NAME, l));
            sparse.add(label(l), measured.select(EmergenceTable.sparseIndices(measured.points().size(),
                    EmergenceTable.SPARSE_SIZES)));
        }
        files.add(sparse.save(dir.resolve("b_exact_match_sparse"), W, H));
        files.add(perLength(summary, "Addition: token edit distance per answer length L (same outputs)",
                "edit distance (digits)", TokenEditDistance.NAME).save(dir.resolve("c_token_edit_distance"), W, H));
        files.add(perLength(summary, "Addition: per-token accuracy per answer length L", "per-token accuracy",
                Accuracy.NAME).yRange(0, 1).save(dir.resolve("d_token_accuracy"), W, H));
        CurvePlot predicted = new CurvePlot("Addition: exact match measured and predicted as acc^L", "exact match")
                .subtitle("solid: measured; dashed: per-token accuracy at that L, to the power L").yRange(0, 1);
        TokenModelFit fit = TokenModelFit.of(summary);
        CurvePlot section2 = new CurvePlot("Addition: exact match and the fitted §2 model", "exact match")
                .subtitle(String.format("dashed: exp(−(c/N)^α)^L with c = %.3g, α = %.3f fitted to per-token "
                        + "cross-entropy", fit.c(), fit.alpha())).yRange(0, 1);
        for (int l : ArithmeticTransformer.LENGTHS) {
            Curve measured = summary.curve(MetricKey.of(ExactMatch.NAME, l));
            predicted.add(label(l), measured).addDashed("acc^" + l,
                    summary.curve(MetricKey.of(ExpectedExactMatch.NAME, l)), 2 * (l - 1));
            section2.add(label(l), measured).addDashed("§2, L=" + l, model(measured, p -> fit.exactMatch(p, l)),
                    2 * (l - 1));
        }
        files.add(predicted.save(dir.resolve("e_exact_match_predicted"), W, H));
        Curve ce = summary.curve(MetricKey.of(CrossEntropy.NAME));
        files.add(new CurvePlot("Addition: per-token cross-entropy and the §2 model", "cross-entropy (nats, log)")
                .subtitle(SEEDS + "; dashed: (c/N)^α fitted by least squares in log–log").logY()
                .add("measured", ce).addDashed("(c/N)^α", model(ce, fit::crossEntropy), 0)
                .save(dir.resolve("g_section2_cross_entropy"), W, H));
        files.add(section2.save(dir.resolve("h_section2_exact_match"), W, H));
        return files;
    }

    /** A length's legend entry; L = 1 says why its curve moves in steps of 1/11. */
    private static String label(int l) {
        return l == 1 ? "L=1 (only " + ProblemSets.ONE_DIGIT_TEST + " test problems)" : "L=" + l;
    }

    private static CurvePlot perLength(Summary summary, String title, String yLabel, String metric) {
        CurvePlot plot = new CurvePlot(title, yLabel).subtitle(SEEDS);
        for (int l : ArithmeticTransformer.LENGTHS) {
            plot.add(label(l), summary.curve(MetricKey.of(metric, l)));
        }
        return plot;
    }

    /** A model's values at the sizes of a measured curve (no band). */
    private static Curve model(Curve at, ToDoubleFunction<Long> value) {
        return new Curve(at.key(), at.points().stream().map(p -> {
            double v = value.applyAsDouble(p.params());
            return new Curve.Point(p.size(), p.params(), v, v, v, 1);
        }).toList());
    }
}
