package emergence.omniglot;

import emergence.core.sweep.Seeds;
import java.util.SplittableRandom;

/**
 * The fixed test sequences every size is scored on: {@code count} sequences of {@code length} distinct test
 * images, drawn from a seed that does not depend on the run, so all sizes and seeds see the same sequences.
 */
public final class TestSequences {
    private TestSequences() {
    }

    /** Row-major {@code count × length} test-image indices. */
    public static int[] draw(int testImages, int length, int count, long seed) {
        if (length > testImages) {
            throw new IllegalArgumentException("sequences of " + length + " distinct images need at least that many"
                    + " test images, got " + testImages);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] ids = new int[count * length];
        int[] pool = Seeds.permutation(testImages, seed);
        for (int s = 0; s < count; s++) {
            // A partial Fisher–Yates step per sequence: `length` distinct images, uniformly.
            for (int i = 0; i < length; i++) {
                int j = i + rng.nextInt(testImages - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
                ids[s * length + i] = pool[i];
            }
        }
        return ids;
    }
}
