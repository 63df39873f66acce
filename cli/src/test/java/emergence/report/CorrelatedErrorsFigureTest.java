package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.experiment.Prediction;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.tables.Curve;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrelatedErrorsFigureTest {
    private static final Prediction ACC_K = new Prediction(SubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
            Prediction.Basis.INDEPENDENT_ITEMS);

    @Test
    void theRatioIsOfSeedMeansWithTheSeedsAsBandAndLeavesOutWhatIsPredictedBelowTheFloor() {
        // Two seeds, three sizes: predicted 0.02 on average (left out), then 0.04 and 0.4 (the first seed below the
        // floor: in the mean, not in the band), then 0.5 and 0.5.
        double[][] predicted = {{0.01, 0.03}, {0.04, 0.4}, {0.5, 0.5}};
        double[][] measured = {{0.05, 0.05}, {0.3, 0.3}, {0.5, 0.6}};
        List<SummaryRow> rows = new ArrayList<>();
        for (int size = 0; size < 3; size++) {
            for (int seed = 0; seed < 2; seed++) {
                rows.add(new SummaryRow("toy", "s" + size, size, 100L << size, seed, SubsetAccuracy.NAME, "4",
                        measured[size][seed]));
                rows.add(new SummaryRow("toy", "s" + size, size, 100L << size, seed, ExpectedSubsetAccuracy.NAME, "4",
                        predicted[size][seed]));
            }
        }
        List<Curve.Point> points = CorrelatedErrorsFigure.ratio(new Summary(rows), ACC_K, "4").points();

        assertEquals(List.of("s1", "s2"), points.stream().map(Curve.Point::size).toList());
        assertEquals(0.3 / 0.22, points.get(0).mean(), 1e-12);
        assertEquals(List.of(0.3 / 0.4, 0.3 / 0.4), List.of(points.get(0).min(), points.get(0).max()));
        assertEquals(1.1, points.get(1).mean(), 1e-12);
        assertEquals(List.of(1.0, 1.2), List.of(points.get(1).min(), points.get(1).max()));
    }

    @Test
    void predictionsOfIndependentItemsAreDrawnAtTheirLargestArgument(@TempDir Path root) {
        SharpnessTables.Scored toy = SharpnessTablesTest.scored();
        List<CorrelatedErrorsFigure.Series> series = CorrelatedErrorsFigure.series(List.of(toy, toy));

        String label = "Logistic regression on synthetic points, 2 items (measured / acc^K)";
        assertEquals(List.of(label, label), series.stream().map(CorrelatedErrorsFigure.Series::label).toList());
        assertEquals(List.of(false, false), series.stream().map(CorrelatedErrorsFigure.Series::dashed).toList(),
                "each experiment's first prediction is solid");
        // Sizes with acc² ≥ 0.05: measured 0, 0.01 and 0.9 against 0.1, 0.45 and 0.81.
        assertEquals(List.of(0.0, 0.01 / 0.45, 0.9 / 0.81), series.get(0).ratio().points().stream()
                .map(Curve.Point::mean).toList());
        Path png = CorrelatedErrorsFigure.render(series, root);
        assertEquals(root.resolve("correlated_errors.png"), png);
        assertTrue(Files.isRegularFile(png));
        assertTrue(Files.isRegularFile(root.resolve("correlated_errors.svg")));
    }
}
