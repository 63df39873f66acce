package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.cli.toy.ToyLogistic;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's stop, as {@code kill} sends it (SIGTERM), of a sweep training in {@code bin/lab}'s JVM on either engine:
 * exit 143, one line naming what was stored and the command that resumes, no stack trace; the rerun of that command
 * finishes the sweep.
 */
@Tag("process")
class InterruptionTest {
    @TempDir
    Path tmp;

    @Test
    void aLocalSweepStoppedBySigtermSaysSoAndResumes() throws Exception {
        stopAndResume("local");
    }

    @Test
    void aSparkSweepStoppedBySigtermSaysSoAndResumes() throws Exception {
        stopAndResume("spark", "--master", "local[2]", "--threads", "1");
    }

    private void stopAndResume(String engine, String... more) throws Exception {
        Path data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("train", ToyLogistic.NAME, "--profile", "quick", "--seeds", "100",
                "--engine", engine, "--data-dir", data.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        Path log = tmp.resolve("lab.log");
        Process lab = labJvm(args, log);
        Path runs = Profile.QUICK.runsDir(out, ToyLogistic.NAME);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (stored(runs) < 1) {
            assertTrue(lab.isAlive() && System.nanoTime() < deadline, () -> "no run stored: " + read(log));
            Thread.sleep(20);
        }
        lab.destroy();  // SIGTERM
        assertTrue(lab.waitFor(1, TimeUnit.MINUTES));
        String text = read(log);
        assertEquals(143, lab.exitValue(), text);
        assertTrue(text.contains("stopped by SIGTERM; ") && text.contains(" of 400 runs stored in " + runs), text);
        assertTrue(text.contains("resume with: bin/lab " + Interruption.shellWords(args.toArray(String[]::new))), text);
        assertFalse(text.contains("a bug in the lab") || text.contains("\tat "), text);
        long kept = stored(runs);
        assertTrue(kept < 400, "the sweep ended before the signal; kept " + kept);

        LabRun again = LabRun.of(args.toArray(String[]::new));
        assertEquals(0, again.code(), again.err());
        assertEquals(400, stored(runs));
    }

    /** {@code java -cp <this test's class path> emergence.cli.Lab ARGS}, started as bin/lab starts it. */
    private static Process labJvm(List<String> args, Path log) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        // The JDK internals Spark needs, as this test JVM was given them.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("--add-opens"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-cp", classPath, Lab.class.getName()));
        cmd.addAll(args);
        ProcessBuilder lab = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        int threads = args.indexOf("--threads");
        lab.environment().put("OMP_NUM_THREADS", threads < 0 ? "2" : args.get(threads + 1));  // as bin/lab pins it
        return lab.start();
    }

    private static long stored(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))  // not a run being written
                    .filter(p -> Files.isRegularFile(p.resolve(RunStore.MANIFEST))).count();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
