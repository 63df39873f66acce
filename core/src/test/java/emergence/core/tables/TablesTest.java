package emergence.core.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.MetricKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
    @TempDir
    Path dir;

    /** Two seeds of five sizes: accuracy rises linearly, cross-entropy falls. */
    static Summary summary() {
        List<SummaryRow> rows = new ArrayList<>();
        for (int size = 0; size < 5; size++) {
            for (int seed = 0; seed < 2; seed++) {
                double acc = 0.2 * size + 0.01 * seed;
                rows.add(new SummaryRow("x", "s" + size, size, 100L << size, seed, "accuracy", "", acc));
                rows.add(new SummaryRow("x", "s" + size, size, 100L << size, seed, "cross_entropy", "", 2 - acc));
            }
        }
        return new Summary(rows);
    }

    @Test
    void curvesAggregateSeedsPerSizeInSizeOrder() {
        Curve c = summary().curve(MetricKey.of("accuracy"));
        assertEquals(5, c.points().size());
        Curve.Point p = c.points().get(2);
        assertEquals(0.405, p.mean(), 1e-12);
        assertEquals(0.4, p.min(), 1e-12);
        assertEquals(0.41, p.max(), 1e-12);
        assertEquals(400, p.params());
        assertEquals(2, p.seeds());
    }

    @Test
    void sparseSamplingSpreadsIndicesOverTheFamily() {
        assertArrayEquals(new int[] {0, 4, 9, 13}, EmergenceTable.sparseIndices(14, 4));
        assertArrayEquals(new int[] {0, 1, 2}, EmergenceTable.sparseIndices(3, 4));
        assertArrayEquals(new int[] {0, 3, 6, 9, 12, 13}, EmergenceTable.everyKth(14, 3));
        assertArrayEquals(new int[] {0, 2, 4}, EmergenceTable.everyKth(5, 2));
    }

    @Test
    void emergenceScoresNegateLowerIsBetterMetrics() {
        EmergenceTable t = EmergenceTable.of("x", summary(), List.of(new Accuracy(), new CrossEntropy()));
        // linear over 5 sizes: score 4 for both, cross-entropy scored on its negation
        assertEquals(4.0, t.score(MetricKey.of("accuracy"), Sampling.DENSE), 1e-9);
        assertEquals(4.0, t.score(MetricKey.of("cross_entropy"), Sampling.DENSE), 1e-9);
        // Every 2nd of 5 sizes: 3 points, steps twice as large, so half the score.
        assertEquals(2.0, t.score(MetricKey.of("accuracy"), Sampling.EVERY2), 1e-9);
        assertEquals(2 * 4, t.rows().size());
    }

    @Test
    void everyRowCarriesTheSharpnessOfItsCurveWithAnIntervalOverSeeds() {
        EmergenceTable t = EmergenceTable.of("x", summary(), List.of(new Accuracy(), new CrossEntropy()));
        double decades = 4 * Math.log10(2);
        for (String metric : List.of("accuracy", "cross_entropy")) {
            EmergenceTable.Row dense = t.row(MetricKey.of(metric), Sampling.DENSE);
            assertEquals(0.8 * decades, dense.transition(), 1e-9, metric);
            assertEquals(2 + 2 * Math.log10(2), dense.midpoint().value(), 0.01, metric);
            // Both seeds' curves are the same line shifted: their own fits agree, so the interval is a point.
            assertEquals(dense.midpoint().value(), dense.midpoint().low(), 1e-6, metric);
            assertEquals(dense.midpoint().value(), dense.midpoint().high(), 1e-6, metric);
            assertEquals(dense.width().value(), dense.width().high(), 1e-6, metric);
        }
        // A third seed that rises over the first half only: the seeds' own fits now differ.
        List<SummaryRow> rows = new ArrayList<>(summary().rows());
        double[] early = {0, 0.5, 1, 1, 1};
        for (int size = 0; size < 5; size++) {
            rows.add(new SummaryRow("x", "s" + size, size, 100L << size, 2, "accuracy", "", early[size]));
        }
        EmergenceTable.Row three = EmergenceTable.of("x", new Summary(rows), List.of(new Accuracy()))
                .row(MetricKey.of("accuracy"), Sampling.DENSE);
        assertTrue(three.width().low() < three.width().value() && three.width().value() < three.width().high(),
                three.toString());
        assertTrue(three.midpoint().low() < three.midpoint().high(), three.toString());

    }

    @Test
    void theScoreAndTheWidthOfEachSeedsOwnCurveGiveTheirIntervals() {
        List<SummaryRow> rows = new ArrayList<>(summary().rows());
        // A third seed, steeper (0.25 per size): its score 1/0.25 · 1.0 = 4 too, its curve starts higher.
        for (int size = 0; size < 5; size++) {
            rows.add(new SummaryRow("x", "s" + size, size, 100L << size, 2, "accuracy", "", 0.25 * size));
        }
        // A fourth seed at one size only: left out of the per-seed curves.
        rows.add(new SummaryRow("x", "s0", 0, 100, 3, "accuracy", "", 0.5));
        EmergenceTable.Row dense = EmergenceTable.of("x", new Summary(rows), List.of(new Accuracy()))
                .row(MetricKey.of("accuracy"), Sampling.DENSE);
        assertEquals(3, dense.seeds().seeds());
        // Every seed's curve is linear over 5 sizes: score 4 and width 0.8 of 4 doublings in each, so no spread.
        assertEquals(4.0, dense.seeds().score().low(), 1e-9);
        assertEquals(4.0, dense.seeds().score().high(), 1e-9);
        assertEquals(0.8 * 4 * Math.log10(2), dense.seeds().transition().low(), 1e-9);
        EmergenceTable.Row one = EmergenceTable.of("x", new Summary(rows.stream().filter(r -> r.seed() == 0)
                .toList()), List.of(new Accuracy())).row(MetricKey.of("accuracy"), Sampling.DENSE);
        assertEquals(1, one.seeds().seeds());
        assertTrue(Double.isNaN(one.seeds().score().low()), "one seed has no interval");
    }

    @Test
    void tablesAreWrittenWithTheSharedHeaders() throws IOException {
        Summary s = summary();
        s.write(dir.resolve("summary.csv"));
        EmergenceTable.of("x", s, List.of(new Accuracy())).write(dir.resolve("emergence_scores.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(Summary.HEADER, lines.get(0));
        assertEquals("x,s0,100,0,accuracy,,0", lines.get(1));
        assertEquals(21, lines.size());
        List<String> scores = Files.readAllLines(dir.resolve("emergence_scores.csv"));
        assertEquals(EmergenceTable.HEADER, scores.get(0));
        assertTrue(scores.stream().anyMatch(l -> l.startsWith("x,accuracy,,dense,4,0.963296,")), scores.toString());
        EmergenceTable.read(dir.resolve("emergence_scores.csv")).write(dir.resolve("again.csv"));
        assertEquals(scores, Files.readAllLines(dir.resolve("again.csv")), "read back as written");
        Files.delete(dir.resolve("again.csv"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }
}
