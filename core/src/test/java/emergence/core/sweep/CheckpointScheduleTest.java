package emergence.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointScheduleTest {
    @Test
    void stepsAreLogSpacedFromTheFirstToTheLastAndRoundingMergesNeighbours() {
        // 1000 steps: 1000^(i/11) for i = 0..11.
        assertEquals(List.of(1L, 2L, 4L, 7L, 12L, 23L, 43L, 81L, 152L, 285L, 534L, 1000L),
                CheckpointSchedule.logSpaced(1000, 12).steps());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 7L, 8L, 10L), CheckpointSchedule.logSpaced(10, 12).steps());
        assertEquals(List.of(1L, 2L, 3L), CheckpointSchedule.logSpaced(3, 12).steps(), "every step of a short run");
        assertEquals(List.of(20_000L), CheckpointSchedule.lastOnly(20_000).steps());
    }

    @Test
    void onlyStepsBeforeTheLastAreDueDuringTraining() {
        CheckpointSchedule s = CheckpointSchedule.logSpaced(1000, 12);
        assertTrue(s.dueBeforeLast(1) && s.dueBeforeLast(534));
        assertFalse(s.dueBeforeLast(3) || s.dueBeforeLast(1000), "not planned, and the last (evaluated at the end)");
        assertEquals(1000, s.last());
    }

    @Test
    void badSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSchedule(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSchedule(List.of(5L, 5L)));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSchedule(List.of(0L, 5L)));
        assertThrows(IllegalArgumentException.class, () -> CheckpointSchedule.logSpaced(0, 12));
        assertThrows(IllegalArgumentException.class, () -> CheckpointSchedule.logSpaced(100, 1));
    }
}
