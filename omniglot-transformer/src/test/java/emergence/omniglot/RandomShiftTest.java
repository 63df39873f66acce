package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomShiftTest {
    private static final int SIDE = 5;

    /** Images of side 5, each with one ink pixel at the centre (2, 2). */
    private static float[] centreDots(int images) {
        float[] x = new float[images * SIDE * SIDE];
        for (int i = 0; i < images; i++) {
            x[i * SIDE * SIDE + 2 * SIDE + 2] = 1f;
        }
        return x;
    }

    @Test
    void everyImageMovesByItsOwnShiftWithinTheLimitAndAllShiftsOccur() {
        int images = 400;
        float[] x = centreDots(images);
        new RandomShift(1).apply(x, SIDE, new SplittableRandom(3));
        Set<String> offsets = new HashSet<>();
        for (int i = 0; i < images; i++) {
            int ink = -1;
            float total = 0;
            for (int p = 0; p < SIDE * SIDE; p++) {
                total += x[i * SIDE * SIDE + p];
                ink = x[i * SIDE * SIDE + p] == 1f ? p : ink;
            }
            assertEquals(1f, total, "image " + i + " keeps its one ink pixel");
            int dy = ink / SIDE - 2;
            int dx = ink % SIDE - 2;
            assertTrue(Math.abs(dx) <= 1 && Math.abs(dy) <= 1, "shift " + dx + "," + dy);
            offsets.add(dx + "," + dy);
        }
        assertEquals(9, offsets.size(), "all of −1..1 × −1..1 drawn: " + offsets);
    }

    @Test
    void inkShiftedPastTheBorderIsDroppedAndTheBorderFilledWithZero() {
        float[] x = new float[SIDE * SIDE];
        Arrays.fill(x, 1f);
        SplittableRandom rng = new SplittableRandom(11);
        new RandomShift(2).apply(x, SIDE, rng);
        SplittableRandom replay = new SplittableRandom(11);
        int dx = replay.nextInt(5) - 2;
        int dy = replay.nextInt(5) - 2;
        float expected = (SIDE - Math.abs(dx)) * (SIDE - Math.abs(dy));
        float total = 0;
        for (float v : x) {
            total += v;
        }
        assertEquals(expected, total, "a full image shifted by " + dx + "," + dy + " keeps the covered part");
    }

    @Test
    void sameDrawsGiveTheSameImagesAndNoShiftLeavesThemUntouched() {
        float[] a = centreDots(50);
        float[] b = centreDots(50);
        new RandomShift(2).apply(a, SIDE, new SplittableRandom(7));
        new RandomShift(2).apply(b, SIDE, new SplittableRandom(7));
        assertArrayEquals(a, b);
        float[] c = centreDots(50);
        RandomShift.NONE.apply(c, SIDE, new SplittableRandom(7));
        assertArrayEquals(centreDots(50), c);
        assertThrows(IllegalArgumentException.class, () -> new RandomShift(-1));
    }
}
