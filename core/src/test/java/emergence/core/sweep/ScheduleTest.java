package emergence.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void oneSlotTakesTheSumAndManySlotsTheLongestTask() {
        List<Double> tasks = List.of(3.0, 1.0, 4.0, 1.0, 5.0);
        assertEquals(14.0, Schedule.makespan(tasks, 1));
        assertEquals(5.0, Schedule.makespan(tasks, 5));
        assertEquals(5.0, Schedule.makespan(tasks, 64));
    }

    @Test
    void longestTasksGoFirstEachToTheSlotThatFreesFirst() {
        // 5 | 4 on two slots, then 3 → slot of 4 (7), 1 → slot of 5 (6), 1 → 6 → 7: makespan 7.
        assertEquals(7.0, Schedule.makespan(List.of(1.0, 3.0, 1.0, 5.0, 4.0), 2));
        // Submission order does not matter: the schedule sorts.
        assertEquals(7.0, Schedule.makespan(List.of(5.0, 4.0, 3.0, 1.0, 1.0), 2));
    }

    @Test
    void noTasksTakeNoTimeAndSlotsMustBePositive() {
        assertEquals(0.0, Schedule.makespan(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> Schedule.makespan(List.of(1.0), 0));
    }
}
