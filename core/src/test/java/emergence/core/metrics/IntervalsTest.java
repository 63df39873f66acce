package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void overSeedsIsMeanPlusMinusTTimesTheStandardError() {
        // 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.302653 (tables of Student's t).
        Intervals.Interval i = Intervals.overSeeds(new double[] {1, 2, 3});
        assertEquals(2 - 4.302653 / Math.sqrt(3), i.low(), 1e-6);
        assertEquals(2 + 4.302653 / Math.sqrt(3), i.high(), 1e-6);
        assertEquals(2.262157, Intervals.t975(10), 1e-6, "t(0.975, 9)");
    }

    @Test
    void overSeedsIsUndefinedWithOneSeedOrAValueThatIsNotFinite() {
        assertSame(Intervals.NONE, Intervals.overSeeds(new double[] {1}));
        assertSame(Intervals.NONE, Intervals.overSeeds(new double[] {1, Double.NaN, 3}));
        assertSame(Intervals.NONE, Intervals.overSeeds(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
