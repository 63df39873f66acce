package emergence.report;

import emergence.core.figures.CurvePlot;
import emergence.core.io.AtomicFiles;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The §2 figure set of a {@link TokenModel}: per-token cross-entropy and accuracy, exact match p^L and edit
 * distance L·(1 − p) for L = 1..5 (linear and log y), and the Brier score, over parameters on a log axis.
 */
public final class TokenModelFigures {
    static final int MAX_LENGTH = 5;
    private static final int W = 900;
    private static final int H = 600;

    private final TokenModel model;
    private final double[] params;

    /** Evaluates the model at {@code points} log-spaced parameter counts in [from, to]. */
    public TokenModelFigures(TokenModel model, double from, double to, int points) {
        if (!(from > 0 && to > from) || points < 2) {
            throw new IllegalArgumentException("need 0 < from < to and at least 2 points");
        }
        this.model = model;
        this.params = new double[points];
        for (int i = 0; i < points; i++) {
            params[i] = from * Math.pow(to / from, (double) i / (points - 1));
        }
    }

    /** Figure file stem → two-line caption, in report order. */
    public static Map<String, String> captions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("a_token", "The paper's §2 model, computed: per-token cross-entropy falls as a power law in "
                + "parameters N and per-token accuracy p = exp(−CE) rises smoothly (from 0.05 to 0.95 with the "
                + "default constants; bin/lab model --preset kaplan draws the paper's).");
        c.put("b_exact_match", "Exact match of L tokens, p^L: the same smooth p looks like a sudden ability once "
                + "all L tokens must be right.");
        c.put("c_exact_match_log", "Exact match on a log axis: the sharp rise is a smooth curve, visible once small "
                + "values are resolved.");
        c.put("d_edit_distance", "Expected token edit distance L·(1 − p): a linear metric of the same p falls "
                + "smoothly and predictably.");
        c.put("e_brier", "Per-token Brier score: another continuous metric, smooth in N.");
        return c;
    }

    private Curve curve(String name, DoubleUnaryOperator f) {
        List<Curve.Point> points = new ArrayList<>();
        for (double n : params) {
            double y = f.applyAsDouble(n);
            points.add(new Curve.Point(name, Math.round(n), y, y, y, 1));
        }
        return new Curve(MetricKey.of(name), points);
    }

    /** Replaces the figures in {@code dir} as a set ({@link AtomicFiles#writeFolder}); returns their paths. */
    public List<Path> write(Path dir) {
        List<Path> files = new ArrayList<>();
        AtomicFiles.writeFolder(dir, tmp -> files.addAll(render(tmp)));
        return files.stream().map(f -> dir.resolve(f.getFileName())).toList();
    }

    List<Path> render(Path dir) {
        String caption = String.format("CE(N) = (%.3g / N)^%.3g, p = exp(-CE)", model.c(), model.alpha());
        List<Path> files = new ArrayList<>();
        files.add(new CurvePlot("§2 model: per-token cross-entropy and accuracy", "value").subtitle(caption)
                .add("cross-entropy (nats)", curve("ce", model::crossEntropy))
                .add("token accuracy p", curve("p", model::tokenAccuracy)).save(dir.resolve("a_token"), W, H));
        CurvePlot exact = new CurvePlot("§2 model: exact match p^L (sharp)", "exact match").subtitle(caption)
                .yRange(0, 1);
        CurvePlot exactLog = new CurvePlot("§2 model: exact match p^L, log scale (smooth)", "exact match (log)")
                .subtitle(caption).logY();
        CurvePlot edit = new CurvePlot("§2 model: token edit distance L(1 - p) (smooth)", "expected wrong tokens")
                .subtitle(caption);
        for (int length = 1; length <= MAX_LENGTH; length++) {
            int l = length;
            exact.add("L=" + l, curve("em", n -> model.exactMatch(n, l)));
            exactLog.add("L=" + l, curve("em", n -> model.exactMatch(n, l)));
            edit.add("L=" + l, curve("ed", n -> model.editDistance(n, l)));
        }
        files.add(exact.save(dir.resolve("b_exact_match"), W, H));
        files.add(exactLog.save(dir.resolve("c_exact_match_log"), W, H));
        files.add(edit.save(dir.resolve("d_edit_distance"), W, H));
        files.add(new CurvePlot("§2 model: per-token Brier score (smooth)", "Brier").subtitle(caption)
                .add("Brier", curve("brier", model::brier)).save(dir.resolve("e_brier"), W, H));
        return files;
    }
}
