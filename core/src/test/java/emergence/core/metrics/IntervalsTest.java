package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
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

    @Test
    void clusteredTrialsCountAsManyAsTheirDesignEffectAllows() {
        // Every trial its own item: the plain Wilson interval.
        int[] own = IntStream.range(0, 100).toArray();
        boolean[] right = new boolean[100];
        for (int i = 0; i < 30; i++) {
            right[i] = true;
        }
        assertEquals(Intervals.wilson(30, 100), Intervals.wilsonClustered(own, right));
        // 100 items scored 4 times each, every item the same each time: as wide as 100 trials, not 400 (99 with the
        // cluster-robust variance's small-sample factor 100/99).
        int[] repeated = new int[400];
        boolean[] same = new boolean[400];
        for (int i = 0; i < 400; i++) {
            repeated[i] = i % 100;
            same[i] = i % 100 < 30;
        }
        assertEquals(Intervals.wilson(30, 99), Intervals.wilsonClustered(repeated, same));
        // Each item right at two of its four places: no item is easier than another, every trial counts.
        boolean[] half = new boolean[400];
        for (int i = 0; i < 400; i++) {
            half[i] = i < 200;
        }
        assertEquals(Intervals.wilson(200, 400), Intervals.wilsonClustered(repeated, half));
        // None right: as many trials as items.
        assertEquals(Intervals.wilson(0, 100), Intervals.wilsonClustered(repeated, new boolean[400]));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilsonClustered(new int[2], new boolean[3]));
    }
}
