package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmergenceScoreTest {
    @Test
    void flatSequenceScoresZero() {
        assertEquals(0.0, EmergenceScore.of(new double[] {0.3, 0.3, 0.3, 0.3}));
    }

    @Test
    void linearSequenceScoresItsNumberOfSteps() {
        // range 1, every step 0.25: 1 / 0.25 = 4 (the lowest possible score for an increasing curve of 5 points)
        assertEquals(4.0, EmergenceScore.of(new double[] {0, 0.25, 0.5, 0.75, 1}), 1e-12);
        assertEquals(-4.0, EmergenceScore.of(new double[] {1, 0.75, 0.5, 0.25, 0}), 1e-12);
    }

    @Test
    void stepSequenceScoresFarHigher() {
        double step = EmergenceScore.of(new double[] {0, 0.001, 0.002, 0.003, 0.9, 0.901, 0.902});
        // range .902, median squared step 1e-6 → .902 / .001 = 902
        assertEquals(902, step, 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, EmergenceScore.of(new double[] {0, 0, 0, 1, 1, 1}));
    }

    @Test
    void evenLengthUsesTheMeanOfTheTwoMiddleSquaredSteps() {
        // 5 points, steps .1 .2 .3 .4 → squared .01 .04 .09 .16 → median (.04 + .09) / 2
        double score = EmergenceScore.of(new double[] {0, 0.1, 0.3, 0.6, 1.0});
        assertEquals(1.0 / Math.sqrt((0.04 + 0.09) / 2), score, 1e-12);
        assertTrue(score > 0);
    }

    @Test
    void needsTwoFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> EmergenceScore.of(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> EmergenceScore.of(new double[] {1, Double.NaN}));
    }
}
