package emergence.report;

import emergence.core.experiment.Prediction;
import emergence.core.figures.CurvePlot;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.Curve;
import emergence.core.tables.Summary;
import emergence.report.SharpnessTables.Scored;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The report's picture of correlated errors: for every {@link Prediction} that rests on
 * {@link Prediction.Basis#INDEPENDENT_ITEMS independent items}, measured / predicted over parameters at its largest
 * argument (the longest subsets, where correlation shows most), over the sizes whose prediction is at least
 * {@link SharpnessTables#RATIO_FLOOR}. A second prediction of one experiment (its subsets cut another way) is dashed in
 * the first one's colour.
 */
public final class CorrelatedErrorsFigure {
    static final String STEM = "correlated_errors";
    static final String CAPTION = "Measured over predicted (acc^K, or p^L) at each experiment's largest K or L, over "
            + "the sizes whose prediction is at least " + SharpnessTables.RATIO_FLOOR + " (line: ratio of the seed "
            + "means; band: the ratios of the seeds whose own prediction reaches it too). On 1 the items' errors act "
            + "as independent; above 1, errors that cluster leave more subsets all right than the smooth metric "
            + "predicts. Dashed: the same outputs with their subsets cut from consecutive test images (MNIST's share "
            + "a writer, Omniglot's a character).";

    /** One curve of the figure. */
    record Series(String label, Curve ratio, boolean dashed) {
    }

    private CorrelatedErrorsFigure() {
    }

    /** The figure's curves, in report order; empty when no experiment has a prediction it can draw. */
    static List<Series> series(List<Scored> experiments) {
        List<Series> series = new ArrayList<>();
        for (Scored s : experiments) {
            boolean first = true;
            for (Prediction p : s.experiment().scoring().predictions()) {
                List<String> args = s.summary().metricArgs().getOrDefault(p.measured(), List.of());
                if (p.basis() != Prediction.Basis.INDEPENDENT_ITEMS || args.isEmpty()) {
                    continue;
                }
                String arg = args.stream().max(Comparator.comparingDouble(Double::parseDouble)).orElseThrow();
                Curve ratio = ratio(s.summary(), p, arg);
                if (!ratio.points().isEmpty()) {
                    series.add(new Series(s.experiment().id().title() + ", " + arg + (first ? " items" : " consecutive items")
                            + " (measured / " + p.what() + ")", ratio, !first));
                    first = false;
                }
            }
        }
        return series;
    }

    /** Writes the figure (PNG and SVG) of {@code series} (not empty) into the figures folder {@code dir}. */
    static Path render(List<Series> series, Path dir) {
        // A log axis: ratios run from about 1 to several (Omniglot by character), and 2× above is as far as ½× below.
        CurvePlot plot = new CurvePlot("Correlated errors: measured / predicted sharp metric", "measured / predicted")
                .subtitle("1 = independent errors; line: ratio of seed means, band: seeds; dashed: subsets cut "
                        + "another way").logY();
        int solid = -1;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.dashed()) {
                plot.addDashed(s.label(), s.ratio(), solid);
            } else {
                plot.add(s.label(), s.ratio());
                solid = i;
            }
        }
        return plot.save(dir.resolve(STEM), 900, 600);
    }

    /**
     * Measured / predicted at each size whose seed-mean prediction is at least {@link SharpnessTables#RATIO_FLOOR}:
     * the ratio of the seed means, and the smallest and largest own ratio of the seeds whose prediction is at least
     * that floor too.
     */
    static Curve ratio(Summary summary, Prediction p, String arg) {
        List<Curve.Point> measured = summary.curve(p.measured(arg)).points();
        List<Curve.Point> predicted = summary.curve(p.predicted(arg)).points();
        List<Curve.Point> points = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Curve.Point m = measured.get(i);
            Curve.Point q = predicted.get(i);
            if (q.mean() < SharpnessTables.RATIO_FLOOR) {
                continue;
            }
            List<Double> ms = summary.seedValues(p.measured(arg), m.size());
            List<Double> qs = summary.seedValues(p.predicted(arg), m.size());
            DoubleSummaryStatistics seeds = IntStream.range(0, ms.size())
                    .filter(j -> qs.get(j) >= SharpnessTables.RATIO_FLOOR).mapToDouble(j -> ms.get(j) / qs.get(j))
                    .summaryStatistics();
            points.add(new Curve.Point(m.size(), m.params(), m.mean() / q.mean(), seeds.getMin(), seeds.getMax(),
                    (int) seeds.getCount()));
        }
        return new Curve(MetricKey.of(p.measured() + "/" + p.predicted(), arg), points);
    }
}
