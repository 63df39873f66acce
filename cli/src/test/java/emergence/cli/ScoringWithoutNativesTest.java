package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.cli.toy.ToyLogistic;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.ResultsLayout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring, figures and the report need no native library: they run in a JVM whose class path is this test's
 * without any ND4J, JavaCPP or DL4J jar — on a toy sweep trained here, and on the smallest and largest committed
 * reference run of every experiment (a partial sweep, scored with {@code --partial}).
 */
@Tag("process")
class ScoringWithoutNativesTest {
    private static final List<String> NATIVE_GROUPS = List.of("/org/nd4j/", "/org/bytedeco/", "/org/deeplearning4j/");

    @TempDir
    Path tmp;

    @Test
    void scoreFiguresAndReportRunWithNoNd4jClassOnTheClassPath() throws Exception {
        Path data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        Path toyOut = tmp.resolve("toy");
        assertEquals(0, Lab.execute("train", ToyLogistic.NAME, "--profile", "quick", "--engine", "local",
                "--data-dir", data.toString(), "--out", toyOut.toString()));
        Files.delete(toyOut.resolve(ToyLogistic.NAME).resolve("summary.csv"));

        Path stored = tmp.resolve("stored");
        List<String> commands = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        for (Experiment<?, ?> e : Experiments.all()) {
            List<RunStore.StoredRun> runs = new RunStore(Profile.PAPER.runsDir(Path.of("results"), e.name())).list()
                    .stream().filter(r -> r.manifest().ok() && r.manifest().identity().replicate() == 0).toList();
            if (runs.size() < 2) {
                continue;
            }
            for (RunStore.StoredRun run : List.of(runs.get(0), runs.get(runs.size() - 1))) {
                copy(run.dir(), Profile.PAPER.runsDir(stored, e.name()).resolve(run.dir().getFileName()));
            }
            // A refined family's store travels with its refinement (its sizes and their places).
            Refinement refinement = Refinement.read(Path.of("results"), e.name(), Profile.PAPER);
            if (!refinement.isEmpty()) {
                refinement.write(stored, e.name(), Profile.PAPER);
            }
            copied.add(e.name());
            commands.addAll(List.of("score", e.name(), "--partial", "--out", stored.toString(), ";"));
        }
        assertFalse(copied.isEmpty(), "the committed reference runs are where bin/lab expects them");
        commands.add("figures");
        commands.addAll(copied);
        commands.addAll(List.of("--partial", "--out", stored.toString(), ";", "figures", "--profile", "quick", "--out",
                toyOut.toString()));

        Result r = runWithoutNatives(commands);
        assertEquals(0, r.code(), r.output());
        for (String name : copied) {
            Path tables = new ResultsLayout(stored).tables(name, false).dir();
            assertTrue(Files.readAllLines(tables.resolve("summary.csv")).size() > 2, name);
            assertTrue(Files.isRegularFile(tables.resolve("figures").resolve("f_resolution.png")), name);
        }
        assertTrue(Files.isRegularFile(toyOut.resolve(ToyLogistic.NAME).resolve("summary.csv")));
        assertTrue(Files.readString(toyOut.resolve("REPORT.md")).contains("(toy-logistic)"));
        assertTrue(Files.isRegularFile(toyOut.resolve("report").resolve("index.html")));
    }

    private record Result(int code, String output) {
    }

    /** This test's class path without the native groups, and a JVM on it running {@link WithoutNatives}. */
    private Result runWithoutNatives(List<String> commands) throws IOException, InterruptedException {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> NATIVE_GROUPS.stream().noneMatch(g -> entry.replace(File.separatorChar, '/')
                        .contains(g))).toList();
        assertTrue(kept.size() < full.split(File.pathSeparator).length, "the test class path holds ND4J to remove");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", String.join(File.pathSeparator, kept), WithoutNatives.class.getName()));
        cmd.addAll(commands);
        Path log = tmp.resolve("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(output.contains("NoClassDefFoundError"), output);
        return new Result(finished ? p.exitValue() : -1, output);
    }

    /** A run folder with everything in it (its checkpoints' folder too). */
    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
