package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.experiment.Prediction;
import emergence.core.metrics.ConsecutiveSubsetAccuracy;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.MetricValue;
import emergence.core.metrics.SequenceSubsetAccuracy;
import emergence.core.outputs.SequenceOutputs;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The experiment's metrics on hand-made stored outputs (no dataset needed). */
class OmniglotMetricsTest {
    /**
     * Two sequences of 5 images; image ids 10, 20, …, 50 and 11, 21, …, 51 (the dataset orders images by character,
     * then drawer), each sequence right but for its last image.
     */
    private static SequenceOutputs outputs() {
        int[] index = {10, 20, 30, 40, 50, 11, 21, 31, 41, 51};
        int[] labels = new int[10];
        float[] probs = new float[20];
        for (int i = 0; i < 10; i++) {
            boolean right = i % 5 != 4;
            probs[i * 2 + (right ? 0 : 1)] = 0.9f;
            probs[i * 2 + (right ? 1 : 0)] = 0.1f;
        }
        return SequenceOutputs.fromProbabilities(5, index, labels, probs, 2);
    }

    @Test
    void subsetsOfConsecutiveImagesCrossTheSequencesInTheDatasetsOrder() {
        Map<String, Double> at5 = new OmniglotTransformer().scoring().metrics().stream()
                .flatMap(m -> m.evaluate(outputs()).stream()).filter(v -> v.arg().equals("5"))
                .collect(Collectors.toMap(MetricValue::metric, MetricValue::value));

        // By sequence no sequence is all right; by image id 10, 11, 20, 21, 30 are, and 31, 40, 41, 50, 51 are not.
        assertEquals(0.0, at5.get(SequenceSubsetAccuracy.NAME));
        assertEquals(0.5, at5.get(ConsecutiveSubsetAccuracy.NAME));
        assertEquals(Math.pow(0.8, 5), at5.get(ExpectedSubsetAccuracy.NAME), 1e-12);
        assertTrue(new OmniglotTransformer().scoring().predictions().contains(new Prediction(ConsecutiveSubsetAccuracy.NAME,
                ExpectedSubsetAccuracy.NAME, "acc^L", Prediction.Basis.INDEPENDENT_ITEMS)));
    }
}
