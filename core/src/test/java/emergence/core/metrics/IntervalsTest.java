package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void wilsonMatchesReferenceValues() {
        // 8 of 10: the textbook Wilson 95% interval is [0.4902, 0.9433].
        Intervals.Interval i = Intervals.wilson(8, 10);
        assertEquals(0.4902, i.low(), 1e-4);
        assertEquals(0.9433, i.high(), 1e-4);
    }

    @Test
    void zeroSuccessesStillGiveANonDegenerateUpperBound() {
        // 0 of 100: [0, 0.0370]; the normal approximation would claim [0, 0].
        Intervals.Interval i = Intervals.wilson(0, 100);
        assertEquals(0.0, i.low(), 1e-12);
        assertEquals(0.0370, i.high(), 1e-4);
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0));
    }
}
