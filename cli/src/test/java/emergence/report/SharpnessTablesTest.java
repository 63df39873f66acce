package emergence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.cli.toy.ToyLogistic;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharpnessTablesTest {
    /**
     * Five sizes a decade apart, one seed: accuracy rises evenly over all of them, 2-of-2 subset accuracy jumps
     * between the 4th and the 5th, measured twice its prediction acc² where that is at least 0.05.
     */
    static SharpnessTables.Scored scored() {
        double[] acc = {0.1, 0.3, 0.5, 0.7, 0.9};
        double[] subsets = {0, 0, 0, 0.01, 0.9};
        double[] predicted = {0.0, 0.02, 0.1, 0.45, 0.81};
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < acc.length; i++) {
            long params = (long) Math.pow(10, i + 2);
            rows.add(new SummaryRow("toy", "s" + i, i, params, 0, Accuracy.NAME, "", acc[i]));
            rows.add(new SummaryRow("toy", "s" + i, i, params, 0, SubsetAccuracy.NAME, "2", subsets[i]));
            rows.add(new SummaryRow("toy", "s" + i, i, params, 0, ExpectedSubsetAccuracy.NAME, "2", predicted[i]));
        }
        Summary summary = new Summary(rows);
        ToyLogistic toy = new ToyLogistic();
        return new SharpnessTables.Scored(toy, summary, EmergenceTable.of("toy", summary, toy.scoring().metrics()));
    }

    @Test
    void theSharpMetricWinsByEveryMeasureWhenItJumps() {
        List<String> dense = SharpnessTables.sharpness(List.of(scored())).rows().get(0);
        assertEquals(List.of(ToyLogistic.NAME, "accuracy vs subset_accuracy 2", "every size"), dense.subList(0, 3));
        assertEquals("3.20 / 0.81", dense.get(4), "transition widths: 0.8 × 4 decades, and 0.8 of the last one");
        assertEquals("sharp, sharp, sharp", dense.get(8));
    }

    @Test
    void ratiosSkipSizesWhosePredictionIsBelowTheFloor() {
        List<List<String>> rows = SharpnessTables.correlated(List.of(scored()), true).rows();
        assertEquals(1, rows.size(), "the contrast's argument is the largest one");
        // Sizes with acc² ≥ 0.05: 0.1 → 0, 0.45 → 0.01, 0.81 → 0.9; the largest gap is 0.44 at the 4th size.
        assertEquals(List.of(ToyLogistic.NAME, SubsetAccuracy.NAME, "acc^K", "2", "0.02", "0.00 – 1.11", "0.4400"),
                rows.get(0));
    }
}
