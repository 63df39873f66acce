package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Prediction;
import emergence.core.metrics.Intervals;
import emergence.core.tables.ContrastWidths;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.EmergenceTable.Estimate;
import emergence.core.tables.EmergenceTable.Row;
import emergence.core.tables.MarkdownTables.Table;
import emergence.core.tables.Sampling;
import emergence.core.tables.Summary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Two cross-experiment tables built from each experiment's committed summary and emergence table, for the report
 * and the README: how sharp each {@link Contrast}'s smooth and sharp metrics are by every measure (BIG-bench score,
 * transition width, fitted logistic width), and how far each {@link Prediction} that assumes independent items lies
 * from what was measured (correlated errors).
 */
public final class SharpnessTables {
    /** Decades within which two transition widths count as the same: the refined grid's widest gap. */
    static final double SAME_WIDTH = 0.1;
    /** Sizes whose prediction is below this are left out of the measured/predicted ratio (0/0 says nothing). */
    static final double RATIO_FLOOR = 0.05;

    static final String SHARPNESS_TEXT = "BIG-bench's emergence score divides a curve's rise by its median squared "
            + "step, so it rewards any curve that saturates early, whatever its shape over the family. Two measures "
            + "that do not depend on the y-axis, on the seed means normalised to their rise: the transition width "
            + "(decades of parameters from 10% to 90% of the rise, interpolated in log parameters) and the width of a "
            + "logistic in log parameters fitted to it (10% to 90%; interval: the 95% t-interval of the same fit to "
            + "each seed's own curve, none where one of them does not rise). A narrower width is a sharper curve. Each experiment's smooth metric against its sharp "
            + "one, on every size and on 4 sizes; the last column names the sharper one by each measure. All rows of "
            + "every metric and sampling are in emergence_scores.csv.";
    static final String CORRELATED_TEXT = "acc^K (and p^L) is the chance that K items are all right when their "
            + "errors are independent. Whether they are is a choice made when the subsets are cut: K-subsets of a "
            + "fixed random permutation of the test set come close to it, while K consecutive MNIST test images "
            + "(the file groups digits by writer) share their errors, and all-right subsets become more common than "
            + "acc^K once K is large. An Omniglot sequence holds L independently drawn images, so its "
            + "errors are close to independent; the same outputs taken in the dataset's order (one character's "
            + "drawings, an image repeated where several sequences hold it) lie above p^L at every size, as the "
            + "paper's Omniglot sequences do. Median and range of measured/predicted over the sizes whose prediction is "
            + "at least 0.05, and the largest absolute gap over all sizes. The autoencoder's prediction is a "
            + "log-normal fitted to the per-image errors, not a product of independent items.";

    /** One experiment's committed tables. */
    public record Scored(Experiment<?, ?> experiment, Summary summary, EmergenceTable emergence) {
    }

    private SharpnessTables() {
    }

    /**
     * Per contrast and sampling (every size and 4 sizes): each measure for the smooth and the sharp metric, and which
     * is sharper by it (a higher score; a narrower width).
     */
    public static Table sharpness(List<Scored> experiments) {
        List<List<String>> rows = new ArrayList<>();
        for (Scored s : experiments) {
            for (Contrast c : s.experiment().scoring().contrasts()) {
                for (Sampling sampling : List.of(Sampling.DENSE, Sampling.SPARSE)) {
                    Row smooth = s.emergence().row(c.smooth(), sampling);
                    Row sharp = s.emergence().row(c.sharp(), sampling);
                    rows.add(List.of(s.experiment().name(), c.smooth().label() + " vs "
                                    + c.sharp().label(), sampling.words(),
                            pair(smooth, sharp, Row::score), pair(smooth, sharp, Row::transition),
                            pair(smooth, sharp, r -> r.width().value()),
                            interval(smooth.width()) + " / " + interval(sharp.width()),
                            pair(smooth, sharp, r -> r.midpoint().value()),
                            String.join(", ", sharper(smooth, sharp, Row::score, true),
                                    sharper(smooth, sharp, Row::transition, false),
                                    sharper(smooth, sharp, r -> r.width().value(), false))));
                }
            }
        }
        return new Table(List.of("experiment", "smooth vs sharp", "sizes", "BIG-bench score",
                "transition width (decades)", "fitted width (decades)", "fitted width, 95% over seeds",
                "fitted midpoint (log₁₀ params)", "sharper by score, transition, fit"), 3, rows);
    }

    /**
     * Per prediction of each experiment, at every argument (or, {@code headlineOnly}, at its contrast's argument and
     * its largest one): over the sizes whose
     * prediction is at least {@value #RATIO_FLOOR}, the median and range of measured/predicted, and the largest
     * |measured − predicted| over all sizes.
     */
    public static Table correlated(List<Scored> experiments, boolean headlineOnly) {
        List<List<String>> rows = new ArrayList<>();
        for (Scored s : experiments) {
            for (Prediction p : s.experiment().scoring().predictions()) {
                List<String> args = s.summary().metricArgs().getOrDefault(p.measured(), List.of());
                if (headlineOnly && !args.isEmpty()) {
                    Set<String> shown = new LinkedHashSet<>();
                    s.experiment().scoring().contrasts().stream().map(c -> c.sharp().arg()).filter(args::contains)
                            .forEach(shown::add);
                    shown.add(args.get(args.size() - 1));
                    args = List.copyOf(shown);
                }
                for (String arg : args) {
                    rows.add(correlatedRow(s, p, arg));
                }
            }
        }
        return new Table(List.of("experiment", "measured", "prediction", "argument",
                "measured / predicted (median)", "range", "largest abs(measured − predicted)"), 4, rows);
    }

    private static List<String> correlatedRow(Scored s, Prediction p, String arg) {
        List<Curve.Point> measured = s.summary().curve(p.measured(arg)).points();
        List<Curve.Point> predicted = s.summary().curve(p.predicted(arg)).points();
        List<Double> ratios = new ArrayList<>();
        double worst = 0;
        for (int i = 0; i < measured.size(); i++) {
            double m = measured.get(i).mean();
            double q = predicted.get(i).mean();
            worst = Math.max(worst, Math.abs(m - q));
            if (q >= RATIO_FLOOR) {
                ratios.add(m / q);
            }
        }
        double[] r = ratios.stream().mapToDouble(d -> d).toArray();
        return List.of(s.experiment().name(), p.measured(), p.what(), arg,
                r.length == 0 ? "–" : format(StatUtils.percentile(r, 50)),
                r.length == 0 ? "–" : format(StatUtils.min(r)) + " – " + format(StatUtils.max(r)),
                String.format(Locale.ROOT, "%.4f", worst));
    }

    /** "smooth / sharp". */
    private static String pair(Row smooth, Row sharp, ToDoubleFunction<Row> measure) {
        return format(measure.applyAsDouble(smooth)) + " / " + format(measure.applyAsDouble(sharp));
    }

    /** Which of the two is sharper by a measure (a higher one, or a lower one); "–" when either is undefined. */
    private static String sharper(Row smooth, Row sharp, ToDoubleFunction<Row> measure, boolean higherIsSharper) {
        double a = measure.applyAsDouble(smooth);
        double b = measure.applyAsDouble(sharp);
        if (Double.isNaN(a) || Double.isNaN(b) || a == b) {
            return "–";
        }
        return (b > a) == higherIsSharper ? "sharp" : "smooth";
    }

    /**
     * Each contrast's transition widths on the seed means with their 95% intervals ({@link ContrastWidths}): the
     * smooth metric, the sharp one, and the sharp minus the smooth.
     */
    public static Table contrastWidths(ContrastWidths widths) {
        List<List<String>> rows = new ArrayList<>();
        for (ContrastWidths.Row r : widths.rows()) {
            String what = switch (r.measure()) {
                case SMOOTH -> r.pair().smooth().label();
                case SHARP -> r.pair().sharp().label();
                case SHARP_MINUS_SMOOTH -> r.pair().sharp().label() + " − " + r.pair().smooth().label();
            };
            rows.add(List.of(what, format(r.decades()), bounds(r.interval()), r.method().words(), "" + r.sizes(),
                    seeds(r)));
        }
        return new Table(List.of("transition width (10% to 90% of the rise)", "decades", "95% interval", "taken by",
                "sizes", "seeds a size across the rises"), 1, rows);
    }

    /**
     * The answer the contrast's widths give: is the sharp metric's rise narrower than, as wide as, or wider than the
     * smooth one's? As wide where the difference's interval holds 0 and lies within ±{@value #SAME_WIDTH} decades;
     * undecided where it holds 0 but reaches further.
     */
    public static String contrastVerdict(ContrastWidths widths, ContrastWidths.Pair pair) {
        List<ContrastWidths.Row> rows = widths.rows().stream().filter(r -> r.pair().equals(pair)).toList();
        ContrastWidths.Row smooth = rows.get(0);
        ContrastWidths.Row sharp = rows.get(1);
        ContrastWidths.Row d = rows.get(2);
        String widthsText = "On the seed means of " + smooth.sizes() + " sizes (" + seeds(smooth) + " seeds at each "
                + "size across the rises), "
                + pair.smooth().label() + " rises from 10% to 90% over " + format(smooth.decades()) + " decades of "
                + "parameters (95% interval " + bounds(smooth.interval()) + ") and " + pair.sharp().label() + " over "
                + format(sharp.decades()) + " (" + bounds(sharp.interval()) + "); the sharp minus the smooth is "
                + format(d.decades()) + " (" + bounds(d.interval()) + "; " + d.method().words() + "). ";
        if (Double.isNaN(d.interval().low())) {
            return widthsText + "A curve does not rise in too many draws or seeds: undecided at this resolution.";
        }
        if (d.sign() < 0) {
            return widthsText + "The sharp metric's rise is narrower: part of the jump is the metric's.";
        }
        if (d.sign() > 0) {
            return widthsText + "The sharp metric's rise is wider than the smooth one's.";
        }
        if (d.interval().low() >= -SAME_WIDTH && d.interval().high() <= SAME_WIDTH) {
            return widthsText + "Both rise over the same span within ±" + SAME_WIDTH + " decades: at this resolution "
                    + "the sharp metric adds no sharpness of its own, and the jump the smooth metric shows is the "
                    + "model's.";
        }
        return widthsText + "The interval holds 0 and reaches past ±" + SAME_WIDTH + " decades: undecided at this "
                + "resolution.";
    }

    private static String seeds(ContrastWidths.Row r) {
        return r.seedsMin() == r.seedsMax() ? "" + r.seedsMin() : r.seedsMin() + "–" + r.seedsMax();
    }

    private static String bounds(Intervals.Interval i) {
        return Double.isNaN(i.low()) ? "–" : format(i.low()) + " to " + format(i.high());
    }

    private static String interval(Estimate e) {
        return Double.isNaN(e.low()) ? "–" : format(e.low()) + "–" + format(e.high());
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
