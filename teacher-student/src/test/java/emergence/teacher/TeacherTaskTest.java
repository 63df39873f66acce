package emergence.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.sweep.Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The generated dataset: a pure function of its seed, a test set that does not depend on the pool's size. */
class TeacherTaskTest {
    @Test
    void theSameDrawGivesTheSamePointsAndLabels() {
        TeacherTask a = TeacherTask.draw(500);
        TeacherTask b = TeacherTask.draw(500);
        assertArrayEquals(a.trainX(), b.trainX());
        assertArrayEquals(a.trainY(), b.trainY());
        assertArrayEquals(a.testX(), b.testX());
        assertArrayEquals(a.testY(), b.testY());
    }

    @Test
    void theTestSetIsTheSameWhateverTheTrainingPoolAndTheSmallerPoolIsAPrefix() {
        TeacherTask small = TeacherTask.draw(100);
        TeacherTask large = TeacherTask.draw(1000);
        assertArrayEquals(small.testX(), large.testX());
        assertArrayEquals(small.testY(), large.testY());
        assertArrayEquals(small.trainY(), Arrays.copyOf(large.trainY(), 100));
        assertEquals(100 * TeacherTask.INPUTS, small.trainX().length);
        assertEquals(TeacherTask.TEST, small.testY().length);
    }

    @Test
    void everyClassOccursAndNoneDominatesTheTestSet() {
        int[] counts = new int[TeacherTask.CLASSES];
        for (int y : TeacherTask.draw(1).testY()) {
            counts[y]++;
        }
        for (int c = 0; c < TeacherTask.CLASSES; c++) {
            assertTrue(counts[c] > 0 && counts[c] < TeacherTask.TEST / 2, "class " + c + ": " + counts[c]);
        }
    }

    @Test
    void anEmptyTrainingPoolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TeacherTask.draw(0));
    }

    @Test
    void aStudentsTrainingFlopsAreTheHandCount() {
        // w016: 8 inputs → 16 → 10 classes, 288 multiply-accumulates forward.
        assertEquals(6.0 * (8 * 16 + 16 * 10), StudentFamily.plan(Profile.PAPER).sizes().stream()
                .filter(s -> s.id().equals("w016")).findFirst().orElseThrow().flops().training());
    }
}
