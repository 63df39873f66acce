package emergence.core.sweep;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Derives each run's seed from (root seed, experiment, size id, replicate) with SHA-256, so a run's seed does
 * not depend on which other runs a sweep contains or in which order they run; and the seeded shuffles every
 * part of the lab draws (minibatch order, test-set permutations, data splits).
 */
public final class Seeds {
    private Seeds() {
    }

    public static long derive(long rootSeed, String experiment, String sizeId, int replicate) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ByteBuffer.allocate(8).putLong(rootSeed).array());
            md.update((experiment + '\u0000' + sizeId + '\u0000' + replicate).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(md.digest()).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** A Fisher–Yates permutation of 0..n-1 from a seed. */
    public static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, new SplittableRandom(seed));
        return p;
    }

    /** Shuffles {@code a} in place (Fisher–Yates, from the last element down). */
    public static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
