package emergence.training.nn;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Builds a SameDiff graph's gradient function without its console noise: in M2.1,
 * {@code SameDiff.createGradFunction} prints one "Added differentiated op …" line per op straight to
 * {@code System.out} (no logger to silence). Written by hand since no library setting turns this off:
 * stdout is swapped for a buffer while the function is built, and any other line is passed on.
 */
public final class QuietGradients {
    private static final String NOISE = "Added differentiated op";

    private QuietGradients() {
    }

    /** Creates {@code sd}'s gradient function (once) with the noise lines dropped. */
    public static synchronized void create(SameDiff sd) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            sd.createGradFunction();
        } finally {
            System.setOut(original);
            for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith(NOISE)) {
                    original.println(line);
                }
            }
        }
    }
}
