package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import emergence.core.outputs.SequenceOutputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceMetricsTest {
    /** Three sequences of 3 images, 2 classes; right/wrong pattern: [R R R], [R W R], [W R R]. */
    static SequenceOutputs outputs() {
        int[] labels = {0, 1, 0, 1, 1, 0, 0, 0, 1};
        boolean[] right = {true, true, true, true, false, true, false, true, true};
        float[] probs = new float[18];
        for (int i = 0; i < 9; i++) {
            int predicted = right[i] ? labels[i] : 1 - labels[i];
            probs[i * 2 + predicted] = 0.8f;
            probs[i * 2 + 1 - predicted] = 0.2f;
        }
        return SequenceOutputs.fromProbabilities(3, new int[] {4, 5, 6, 7, 8, 9, 10, 11, 12}, labels, probs, 2);
    }

    @Test
    void lOfLCountsSequencesWhoseFirstLImagesAreAllRight() {
        List<MetricValue> v = new SequenceSubsetAccuracy(List.of(1, 2, 3)).evaluate(outputs());
        assertEquals(2.0 / 3, v.get(0).value(), 1e-12);
        assertEquals(1.0 / 3, v.get(1).value(), 1e-12);
        assertEquals(1.0 / 3, v.get(2).value(), 1e-12);
        IntervalValue i = new SequenceSubsetAccuracy(List.of(2)).intervals(outputs()).get(0);
        assertEquals(1.0 / 3, i.value(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new SequenceSubsetAccuracy(List.of(4)).evaluate(outputs()));
    }

    @Test
    void accuracyAtEachPosition() {
        List<MetricValue> v = new PositionAccuracy(3).evaluate(outputs());
        assertEquals(List.of("1", "2", "3"), v.stream().map(MetricValue::arg).toList());
        assertEquals(2.0 / 3, v.get(0).value(), 1e-12);
        assertEquals(2.0 / 3, v.get(1).value(), 1e-12);
        assertEquals(1.0, v.get(2).value(), 1e-12);
        assertEquals(7.0 / 9, new Accuracy().on(SequenceOutputs::images).evaluate(outputs()).get(0).value(), 1e-12);
        boolean[] correct = outputs().images().correct();
        assertEquals(List.of(2.0 / 3, 2.0 / 3, 1.0), java.util.Arrays.stream(PositionAccuracy.of(correct,
                outputs().position(), 3)).boxed().toList());
        assertEquals(List.of(3, 1, 0), java.util.Arrays.stream(SequenceSubsetAccuracy.rightPrefix(correct,
                outputs().sequence(), outputs().position())).boxed().toList());
    }
}
