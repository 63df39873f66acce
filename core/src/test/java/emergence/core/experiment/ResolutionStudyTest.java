package emergence.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Intervals;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionStudyTest {
    @Test
    void aSmallTestSetPoolsTheFirstTrialsOfEverySeed() {
        // Seed A: 1 success in its first 4 trials (out of 10); seed B: 0 in its first 4.
        boolean[] a = {false, true, false, false, true, true, true, true, true, true};
        boolean[] b = {false, false, false, false, true, true, true, true, true, true};
        ResolutionStudy.Row small = ResolutionStudy.pooled("s", 7, List.of(a, b), 20, 5);
        assertEquals(20, small.testExamples());
        assertEquals(8, small.trials());
        assertEquals(1, small.hits());
        assertEquals(0.125, small.estimate(), 1e-12);
        assertEquals(Intervals.wilson(1, 8).high(), small.high(), 1e-12);
        // More test examples than a seed has trials: every trial counts.
        ResolutionStudy.Row all = ResolutionStudy.pooled("s", 7, List.of(a, b), Integer.MAX_VALUE, 5);
        assertEquals(20, all.trials());
        assertEquals(13, all.hits());
        assertEquals(50, all.testExamples());
        // The interval narrows as the test set grows.
        assertTrue(all.high() - all.low() < small.high() - small.low());
    }

    @Test
    void zeroSuccessesOnFewTrialsIsExactlyZeroWithAWideInterval() {
        ResolutionStudy.Row r = ResolutionStudy.pooled("s", 1, List.of(new boolean[100]), 100, 5);
        assertEquals(0.0, r.estimate());
        assertEquals(0.0, r.low());
        assertTrue(r.high() > 0.1, "upper bound " + r.high());
    }
}
