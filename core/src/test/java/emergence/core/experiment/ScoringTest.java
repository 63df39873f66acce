package emergence.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.outputs.ClassificationOutputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private final Accuracy accuracy = new Accuracy();
    private final Scoring<ClassificationOutputs> scoring = new Scoring<>(ClassificationOutputs.KIND,
            List.of(accuracy, new SubsetAccuracy(List.of(1, 2), 7)),
            new ResolutionStudy<>("right", 1, ClassificationOutputs::correct), List.of(), List.of());

    /** Four examples, three of them right. */
    private static final ClassificationOutputs OUTPUTS = new ClassificationOutputs(new int[] {0, 1, 2, 3},
            new int[] {1, 1, 2, 3}, new int[] {1, 1, 2, 0}, new double[4], new double[4]);

    @Test
    void aMetricIsFoundByNameAndAValueByItsKey() {
        assertSame(accuracy, scoring.metric(Accuracy.NAME));
        assertEquals(0.75, scoring.value(MetricKey.of(Accuracy.NAME), OUTPUTS));
        assertEquals(0.75, scoring.value(MetricKey.of(SubsetAccuracy.NAME, 1), OUTPUTS), "K = 1 is accuracy");
    }

    @Test
    void anUnknownMetricOrArgumentIsNamed() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> scoring.metric("brier"));
        assertTrue(name.getMessage().contains("no metric brier among [accuracy, subset_accuracy]"), name.getMessage());
        IllegalArgumentException arg = assertThrows(IllegalArgumentException.class,
                () -> scoring.value(MetricKey.of(SubsetAccuracy.NAME, 3), OUTPUTS));
        assertTrue(arg.getMessage().contains("subset_accuracy has no argument 3"), arg.getMessage());
    }
}
