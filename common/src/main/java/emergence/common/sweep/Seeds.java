package emergence.common.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;

/**
 * Derives each run's seed from (root seed, experiment, size id, replicate) with SHA-256, so a run's seed does
 * not depend on which other runs a sweep contains or in which order they run.
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
}
