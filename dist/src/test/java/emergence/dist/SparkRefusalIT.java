package emergence.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad cluster input to the runnable jar on Spark is refused with exit 2, one line and nothing written, not even the
 * results folder. On the addition family, whose problems are generated: no dataset is needed to be refused.
 */
@Tag("cluster")
class SparkRefusalIT {
    @TempDir
    Path dir;

    @Test
    void badClusterInputIsRefusedWithOneLineAndNothingWritten() throws Exception {
        try (SparkCluster cluster = new SparkCluster(dir.resolve("cluster"), 1, 1)) {
            assertRefused("local[2]", "more than the cores of every executor", "--master", cluster.master(),
                    "--task-threads", "2");
        }
        assertRefused("local[2]", "no Spark master answers there", "--master", "spark://127.0.0.1:9");
        assertRefused("local[2]", "is not a Spark master", "--master", "nonsense://somewhere");
        assertRefused("local[2]", "needs Spark's YARN support", "--master", "yarn");
        assertRefused("local[2]", "fewer than the 2 threads of a task", "--master", "local[1]", "--task-threads", "2");
    }

    private void assertRefused(String submitMaster, String message, String... options) throws Exception {
        Path out = dir.resolve("refused");
        Path log = dir.resolve("refused.log");
        String[] args = Stream.concat(Stream.of("train", "arithmetic-transformer", "--profile", "quick", "--engine",
                "spark", "--out", out.toString()), Stream.of(options)).toArray(String[]::new);
        Process p = SparkCluster.submit(log, submitMaster, args);
        assertEquals(2, SparkCluster.await(p, Duration.ofMinutes(3)), () -> SparkCluster.tail(log));
        String text = Files.readString(log);
        assertTrue(text.contains("error: ") && text.contains(message), () -> SparkCluster.tail(log));
        assertFalse(text.contains("\tat "), "a refusal prints no stack trace");
        assertFalse(Files.exists(out), "nothing written for: " + message);
    }
}
