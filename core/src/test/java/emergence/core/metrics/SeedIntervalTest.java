package emergence.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SeedIntervalTest {
    @Test
    void meanPlusMinusTTimesTheStandardError() {
        // 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.302653 (tables of Student's t).
        SeedInterval i = SeedInterval.of(new double[] {1, 2, 3});
        assertEquals(2 - 4.302653 / Math.sqrt(3), i.low(), 1e-6);
        assertEquals(2 + 4.302653 / Math.sqrt(3), i.high(), 1e-6);
        assertEquals(2.262157, SeedInterval.quantile(10), 1e-6, "t(0.975, 9)");
    }

    @Test
    void undefinedWithOneSeedOrAValueThatIsNotFinite() {
        assertSame(SeedInterval.NONE, SeedInterval.of(new double[] {1}));
        assertSame(SeedInterval.NONE, SeedInterval.of(new double[] {1, Double.NaN, 3}));
        assertSame(SeedInterval.NONE, SeedInterval.of(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
