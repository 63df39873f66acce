package emergence.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar on Spark: a real experiment's quick sweep (the 12 students of {@code teacher-student}, trained by
 * DL4J on generated data, so no dataset is needed and the test never skips) trained by the local engine, by Spark's
 * embedded {@code local[2]} (with its driver killed midway and rerun) and by a standalone cluster of two worker JVMs
 * (a whole sweep, then one with a worker killed midway) gives byte-identical outputs and tables.
 */
@Tag("cluster")
class SparkEngineIT {
    private static final String EXPERIMENT = "teacher-student";
    private static final int RUNS = 12;
    private static final Duration SWEEP = Duration.ofMinutes(5);
    private static final Pattern STORED = Pattern.compile(RUNS + " runs, (\\d+) already stored");
    private static final String[] QUICK = {"train", EXPERIMENT, "--profile", "quick", "--threads", "1"};

    @TempDir
    static Path shared;
    private static Path reference;

    @TempDir
    Path dir;

    /** The local engine's sweep, one thread per run: what every engine must reproduce. */
    @BeforeAll
    static void trainLocally() throws Exception {
        reference = shared.resolve("local");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-jar", SparkCluster.LAB_JAR.toString(), "train", EXPERIMENT, "--profile", "quick", "--threads", "1",
                "--engine", "local", "--out", reference.toString()).redirectErrorStream(true)
                .redirectOutput(shared.resolve("local.log").toFile()).start();
        assertEquals(0, SparkCluster.await(p, SWEEP), () -> SparkCluster.tail(shared.resolve("local.log")));
    }

    @Test
    void sparkLocalTwoMatchesTheLocalEngineAndResumesAfterItsDriverIsKilled() throws Exception {
        Path out = dir.resolve("out");
        Process first = SparkCluster.submit(dir.resolve("first.log"), "local[2]", args(out, "local[2]"));
        awaitStored(runs(out), 2, first);
        first.destroyForcibly().waitFor();
        long kept = SparkCluster.storedRuns(runs(out));
        assertTrue(kept < RUNS, "the driver was killed only after the sweep ended");
        Process again = SparkCluster.submit(dir.resolve("again.log"), "local[2]", args(out, "local[2]"));
        assertEquals(0, SparkCluster.await(again, SWEEP), () -> SparkCluster.tail(dir.resolve("again.log")));
        Matcher m = STORED.matcher(Files.readString(dir.resolve("again.log")));
        assertTrue(m.find(), () -> SparkCluster.tail(dir.resolve("again.log")));
        assertEquals(kept, Long.parseLong(m.group(1)), "the rerun trains only what the killed driver had not stored");
        assertTrue(Files.readString(dir.resolve("again.log")).contains("trained " + (RUNS - kept) + " runs"));
        assertSameAsReference(out);
    }

    /** One cluster for both (its start is most of a test's time): a whole sweep, then one that loses a worker. */
    @Test
    void aStandaloneClusterOfTwoWorkersMatchesTheLocalEngineAndAWorkerKilledMidSweepLosesNoRun() throws Exception {
        try (SparkCluster cluster = new SparkCluster(dir.resolve("cluster"), 2, 1)) {
            Path whole = dir.resolve("whole");
            Process p = SparkCluster.submit(dir.resolve("whole.log"), cluster.master(), args(whole, cluster.master()));
            assertEquals(0, SparkCluster.await(p, SWEEP), () -> SparkCluster.tail(dir.resolve("whole.log")));
            assertSameAsReference(whole);

            Path killed = dir.resolve("killed");
            p = SparkCluster.submit(dir.resolve("killed.log"), cluster.master(), args(killed, cluster.master()));
            awaitStored(runs(killed), 1, p);
            cluster.killWorker(1);
            assertTrue(SparkCluster.storedRuns(runs(killed)) < RUNS, "the worker was killed only after the sweep "
                    + "ended");
            assertEquals(0, SparkCluster.await(p, SWEEP), () -> SparkCluster.tail(dir.resolve("killed.log")));
            assertSameAsReference(killed);
        }
    }

    private static String[] args(Path out, String master) {
        return Stream.concat(Stream.of(QUICK), Stream.of("--engine", "spark", "--master", master, "--out",
                out.toString())).toArray(String[]::new);
    }

    private static Path runs(Path out) {
        return out.resolve(EXPERIMENT).resolve("runs-quick");
    }

    private static void awaitStored(Path runs, int count, Process driver) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SWEEP.toNanos();
        while (SparkCluster.storedRuns(runs) < count) {
            if (!driver.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the sweep stored " + SparkCluster.storedRuns(runs) + " runs before it "
                        + (driver.isAlive() ? "timed out" : "ended with " + driver.exitValue()));
            }
            Thread.sleep(100);
        }
    }

    /**
     * Every run's outputs, at the end and at each checkpoint, and the summary and trajectory tables, byte for byte
     * (the manifests differ in times and machines).
     */
    private static void assertSameAsReference(Path out) throws IOException {
        Path expected = runs(reference);
        List<Path> names;
        try (Stream<Path> dirs = Files.list(expected)) {
            names = dirs.filter(Files::isDirectory).map(Path::getFileName).sorted().toList();
        }
        assertEquals(RUNS, names.size());
        for (Path name : names) {
            List<Path> files = outputFiles(expected.resolve(name));
            assertTrue(files.size() > 8, name + " has its checkpoints: " + files);
            assertEquals(files, outputFiles(runs(out).resolve(name)), name.toString());
            for (Path file : files) {
                assertArrayEquals(Files.readAllBytes(expected.resolve(name).resolve(file)),
                        Files.readAllBytes(runs(out).resolve(name).resolve(file)), name + "/" + file);
            }
        }
        for (String table : List.of("summary.csv", "trajectory.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(EXPERIMENT).resolve(table)),
                    Files.readAllBytes(out.resolve(EXPERIMENT).resolve(table)), table);
        }
    }

    /** The output files of a run folder, relative to it, sorted. */
    private static List<Path> outputFiles(Path run) throws IOException {
        try (Stream<Path> files = Files.walk(run)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv.gz")).map(run::relativize).sorted()
                    .toList();
        }
    }
}
