package emergence.arithmetic;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The paper's §2 model fitted to this family: per-token cross-entropy CE(N) = (c/N)^α over parameters N (least
 * squares of log CE on log N over the sizes' seed means), so the per-token probability of the right digit is
 * p(N) = exp(−CE(N)) and exact match at length L is predicted as p(N)^L.
 *
 * @param c     the fitted scale, in parameters
 * @param alpha the fitted exponent
 * @param ce    the measured per-token cross-entropy (seed means per size) it was fitted to
 */
public record TokenModelFit(double c, double alpha, Curve ce) {
    /** Fits the model to a summary's per-token cross-entropy over all answer digits. */
    public static TokenModelFit of(Summary summary) {
        Curve ce = summary.curve(MetricKey.of(CrossEntropy.NAME));
        if (ce.points().size() < 2) {
            throw new IllegalArgumentException("the §2 fit needs at least two sizes, got " + ce.points().size());
        }
        SimpleRegression fit = new SimpleRegression();
        ce.points().forEach(p -> fit.addData(Math.log(p.params()), Math.log(p.mean())));
        double alpha = -fit.getSlope();
        return new TokenModelFit(Math.exp(fit.getIntercept() / alpha), alpha, ce);
    }

    /** Fitted per-token cross-entropy at {@code params} parameters. */
    public double crossEntropy(double params) {
        return Math.pow(c / params, alpha);
    }

    /** Predicted exact match at length {@code l}: exp(−CE(N))^L. */
    public double exactMatch(double params, int l) {
        return Math.exp(-l * crossEntropy(params));
    }

    /**
     * Per size: measured and fitted cross-entropy, §2's per-token probability exp(−CE) of the measured cross-entropy
     * beside the measured per-token accuracy (how much of a miss is that step, not the power law), then per L the
     * measured exact match (seed mean) with the prediction in brackets; a last row with each column's largest
     * absolute residual.
     */
    public String residualTable(Summary summary) {
        List<String> header = new ArrayList<>(List.of("size", "parameters", "cross-entropy",
                String.format(Locale.ROOT, "(c/N)^α, c = %.3g, α = %.3f", c, alpha), "exp(−cross-entropy)",
                "per-token accuracy"));
        ArithmeticTransformer.LENGTHS.forEach(l -> header.add("exact match L=" + l + " (§2)"));
        List<List<String>> rows = new ArrayList<>();
        double[] worst = new double[ArithmeticTransformer.LENGTHS.size()];
        List<Curve.Point> sizes = ce.points();
        List<Curve.Point> accuracy = summary.curve(MetricKey.of(Accuracy.NAME)).points();
        for (int i = 0; i < sizes.size(); i++) {
            Curve.Point p = sizes.get(i);
            List<String> row = new ArrayList<>(List.of(p.size(), String.format(Locale.ROOT, "%,d", p.params()),
                    String.format(Locale.ROOT, "%.3f", p.mean()),
                    String.format(Locale.ROOT, "%.3f", crossEntropy(p.params())),
                    String.format(Locale.ROOT, "%.3f", Math.exp(-p.mean())),
                    String.format(Locale.ROOT, "%.3f", accuracy.get(i).mean())));
            for (int l : ArithmeticTransformer.LENGTHS) {
                double measured = summary.curve(MetricKey.of(ExactMatch.NAME, l)).points().get(i).mean();
                double predicted = exactMatch(p.params(), l);
                worst[l - 1] = Math.max(worst[l - 1], Math.abs(measured - predicted));
                row.add(String.format(Locale.ROOT, "%.3f (%.3f)", measured, predicted));
            }
            rows.add(row);
        }
        List<String> last = new ArrayList<>(List.of("largest \\|residual\\|", "", "", "", "", ""));
        for (double w : worst) {
            last.add(String.format(Locale.ROOT, "%.3f", w));
        }
        rows.add(last);
        return MarkdownTables.table(header, 1, rows);
    }
}
