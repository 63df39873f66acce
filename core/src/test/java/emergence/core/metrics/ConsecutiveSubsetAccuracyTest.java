package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import emergence.core.outputs.ClassificationOutputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsecutiveSubsetAccuracyTest {
    /** Eight items, stored out of order; by index the errors are items 0 and 1, one pair. */
    private static ClassificationOutputs clustered() {
        int[] index = {7, 0, 6, 1, 5, 2, 4, 3};
        int[] label = new int[8];
        int[] predicted = new int[8];
        for (int row = 0; row < 8; row++) {
            predicted[row] = index[row] <= 1 ? 1 : 0;
        }
        return new ClassificationOutputs(index, label, predicted, new double[8], new double[8]);
    }

    @Test
    void subsetsAreCutInIndexOrderSoClusteredErrorsSpoilOneSubset() {
        List<MetricValue> values = new ConsecutiveSubsetAccuracy(List.of(1, 2, 4)).evaluate(clustered());
        assertEquals(List.of(0.75, 0.75, 0.5), values.stream().map(MetricValue::value).toList());
        assertEquals(List.of("1", "2", "4"), values.stream().map(MetricValue::arg).toList());
        // acc^2 for independent items: 0.5625, below the 0.75 that clustering leaves.
        assertEquals(0.5625, ExpectedSubsetAccuracy.of(0.75, 2), 1e-12);
    }
}
