package emergence.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid the explorer's knob moves over: what the lab scores every run at. */
class ExplorerRangeTest {
    @Test
    void anIntegerKnobOffersEveryIntegerInItsRange() {
        Explorer.Range k = Explorer.Range.integers(1, 50, 5, true);
        List<Double> grid = k.grid();
        assertEquals(50, grid.size());
        assertEquals(1.0, grid.get(0));
        assertEquals(50.0, grid.get(49));
        assertEquals(1.0, k.gentlest());
        assertEquals(50.0, k.harshest());
    }

    @Test
    void aLogKnobOffersItsLogSpacedPointsItsMarksAndItsStartIncreasing() {
        List<Double> marks = List.of(0.003, 0.0075, 0.02, 0.2);
        Explorer.Range c = new Explorer.Range(0.001, 0.2, 0.02, false, true, false, marks);
        List<Double> grid = c.grid();
        assertTrue(grid.containsAll(marks), grid.toString());
        assertEquals(0.001, grid.get(0));
        assertEquals(0.2, grid.get(grid.size() - 1));
        assertTrue(grid.size() >= Explorer.CONTINUOUS_POINTS && grid.size() <= Explorer.CONTINUOUS_POINTS + 3,
                "64 points, the marks not among them already, no duplicates: " + grid.size());
        for (int i = 1; i < grid.size(); i++) {
            assertTrue(grid.get(i) > grid.get(i - 1), "increasing at " + i + ": " + grid);
            assertTrue(grid.get(i) / grid.get(i - 1) < 1.1, "no gap wider than a log step at " + i + ": " + grid);
        }
        assertEquals(0.2, c.gentlest());
        assertEquals(0.001, c.harshest());
    }

    @Test
    void aRangeThatCannotHoldItsValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Explorer.Range.integers(5, 1, 3, true));
        assertThrows(IllegalArgumentException.class,
                () -> new Explorer.Range(0, 1, 0.5, false, true, true, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Explorer.Range(0.1, 1, 0.5, false, true, true, List.of(2.0)));
        assertThrows(IllegalArgumentException.class,
                () -> new Explorer.Range(1, 10, 2.5, true, false, true, List.of()));
    }
}
