package emergence.training.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Adam;

class AdamBudgetTest {
    @Test
    void aConstantRateKeepsTheManifestEntriesOfBudgetsStoredBeforeDecayExisted() {
        AdamBudget constant = new AdamBudget(1000, 4, 100, 1e-3);
        assertFalse(constant.decays());
        assertEquals(Map.of("train_examples", 1000, "epochs", 4, "batch_size", 100, "optimizer", "adam",
                "learning_rate", 1e-3), constant.asMap());
        Adam adam = EpochFit.adam(constant);
        assertEquals(1e-3, adam.getLearningRate(0, 0));
        assertEquals(1e-3, adam.getLearningRate(10_000, 3));
    }

    @Test
    void aStepDecayLowersTheRateFromItsEpochOnAndIsRecorded() {
        AdamBudget decayed = new AdamBudget(1000, 20, 100, 3e-4).withStepDecay(15, 3e-5);
        assertTrue(decayed.decays());
        Adam adam = EpochFit.adam(decayed);
        assertEquals(3e-4, adam.getLearningRate(100_000, 14), "the rate is keyed to epochs, not iterations");
        assertEquals(3e-5, adam.getLearningRate(0, 15));
        assertEquals(3e-5, adam.getLearningRate(0, 19));
        assertEquals(15, decayed.asMap().get("decay_epoch"));
        assertEquals(3e-5, decayed.asMap().get("decayed_learning_rate"));
    }

    @Test
    void impossibleSchedulesAreRefusedWithTheValidRange() {
        AdamBudget budget = new AdamBudget(1000, 20, 100, 3e-4);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> budget.withStepDecay(0, 3e-5)).getMessage()
                .contains("decayEpoch must be in 1..20"));
        assertThrows(IllegalArgumentException.class, () -> budget.withStepDecay(21, 3e-5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> budget.withStepDecay(10, 1e-3)).getMessage()
                .contains("decayedLearningRate must be in (0, 3.0E-4]"));
        assertThrows(IllegalArgumentException.class, () -> budget.withStepDecay(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new AdamBudget(1000, 0, 100, 1e-3));
    }
}
