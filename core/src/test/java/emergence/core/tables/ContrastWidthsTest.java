package emergence.core.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Intervals;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Sharpness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contrast widths and their stratified seed bootstrap on hand-made curves: the same runs under two metrics that
 * rise over the same span give a difference of exactly 0, a sharper metric a difference below 0 whose interval
 * excludes 0; the table round-trips.
 */
class ContrastWidthsTest {
    private static final MetricKey SMOOTH = MetricKey.of("accuracy");
    private static final MetricKey SHARP = MetricKey.of("subset_accuracy", 5);
    private static final MetricKey LOSS = MetricKey.of("cross_entropy");

    @TempDir
    Path dir;

    /** Sizes of 10^1 … 10^6 parameters; seeds differ by ±{@code noise} around each curve. */
    private static Summary summary(int[] seeds, double noise) {
        double[] smooth = {0, 0.1, 0.4, 0.7, 0.95, 1};
        double[] sharp = {0, 0, 0, 0.1, 0.9, 1};
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < smooth.length; i++) {
            long params = (long) Math.pow(10, i + 1);
            for (int s = 0; s < seeds[i]; s++) {
                double e = (s % 2 == 0 ? 1 : -1) * noise * (s + 1) / seeds[i];
                rows.add(new SummaryRow("t", "s" + i, i, params, s, SMOOTH.metric(), "", smooth[i] + e));
                rows.add(new SummaryRow("t", "s" + i, i, params, s, SHARP.metric(), SHARP.arg(), sharp[i] + e));
                rows.add(new SummaryRow("t", "s" + i, i, params, s, LOSS.metric(), "", 1 - smooth[i] - e));
            }
        }
        return new Summary(rows);
    }

    @Test
    void aSharperMetricOnTheSameRunsHasANegativeDifferenceAndTheSameRiseExactlyNone() {
        Summary s = summary(new int[] {3, 10, 10, 10, 10, 10}, 0.02);
        ContrastWidths w = ContrastWidths.of("t", s, List.of(new ContrastWidths.Pair(SMOOTH, SHARP),
                new ContrastWidths.Pair(SMOOTH, LOSS)), name -> !name.equals("cross_entropy"));
        List<ContrastWidths.Row> rows = w.rows();
        assertEquals(6, rows.size());
        ContrastWidths.Row smooth = rows.get(0);
        ContrastWidths.Row difference = rows.get(2);
        assertEquals(meanCurveWidth(s, SMOOTH), smooth.decades(), 1e-12);
        assertTrue(smooth.interval().low() <= smooth.decades() && smooth.decades() <= smooth.interval().high());
        assertEquals(-1, difference.sign(), difference.toString());
        assertEquals(rows.get(1).decades() - smooth.decades(), difference.decades(), 1e-12);
        // Every size across the rises (from 10^2 on) has 10 seeds: the bootstrap.
        assertEquals(List.of(6, 10, 10), List.of(smooth.sizes(), smooth.seedsMin(), smooth.seedsMax()));
        assertEquals(ContrastWidths.Method.SEED_BOOTSTRAP, smooth.method());
        // The loss falls exactly as accuracy rises, run by run: the paired difference is 0 in every draw.
        ContrastWidths.Row same = rows.get(5);
        assertEquals(0, same.decades(), 1e-12);
        assertEquals(0, same.interval().low(), 1e-12);
        assertEquals(0, same.interval().high(), 1e-12);
        assertEquals(0, same.sign());
    }

    @Test
    void withFewSeedsAcrossTheRiseTheIntervalIsTheTIntervalOfEachSeedsOwnCurve() {
        Summary s = summary(new int[] {10, 10, 3, 10, 10, 10}, 0.02);
        ContrastWidths.Row d = ContrastWidths.of("t", s, List.of(new ContrastWidths.Pair(SMOOTH, SHARP)),
                name -> true).rows().get(2);
        assertEquals(ContrastWidths.Method.T_OVER_SEEDS, d.method());
        assertEquals(List.of(3, 10), List.of(d.seedsMin(), d.seedsMax()));
        // The three seeds present at every size, each on its own curve, the difference taken seed by seed.
        double[] own = new double[3];
        for (int seed = 0; seed < 3; seed++) {
            own[seed] = ownWidth(s, SHARP, seed) - ownWidth(s, SMOOTH, seed);
        }
        assertEquals(Intervals.overSeeds(own), d.interval());
    }

    @Test
    void theTableIsAFunctionOfTheSummaryAndReadsBack() throws IOException {
        Summary s = summary(new int[] {3, 3, 10, 10, 10, 3}, 0.05);
        List<ContrastWidths.Pair> pairs = List.of(new ContrastWidths.Pair(SMOOTH, SHARP));
        ContrastWidths w = ContrastWidths.of("t", s, pairs, name -> true);
        w.write(dir.resolve("a.csv"));
        ContrastWidths.of("t", s, pairs, name -> true).write(dir.resolve("b.csv"));
        assertEquals(-1, Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv")));
        ContrastWidths read = ContrastWidths.read(dir.resolve("a.csv"));
        assertEquals(w.rows().size(), read.rows().size());
        for (int i = 0; i < w.rows().size(); i++) {
            assertEquals(w.rows().get(i).pair(), read.rows().get(i).pair());
            assertEquals(w.rows().get(i).measure(), read.rows().get(i).measure());
            assertEquals(w.rows().get(i).interval().low(), read.rows().get(i).interval().low(), 1e-5);
            assertEquals(w.rows().get(i).method(), read.rows().get(i).method());
        }
    }

    private static double ownWidth(Summary s, MetricKey key, int seed) {
        List<Curve.Point> p = s.curve(key).points();
        return Sharpness.transitionWidth(p.stream().mapToDouble(x -> Math.log10(x.params())).toArray(),
                p.stream().mapToDouble(x -> s.seedValues(key, x.size()).get(seed)).toArray());
    }

    private static double meanCurveWidth(Summary s, MetricKey key) {
        List<Curve.Point> p = s.curve(key).points();
        return Sharpness.transitionWidth(p.stream().mapToDouble(x -> Math.log10(x.params()))
                .toArray(), p.stream().mapToDouble(Curve.Point::mean).toArray());
    }
}
