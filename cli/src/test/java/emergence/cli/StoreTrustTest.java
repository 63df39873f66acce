package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import emergence.cli.toy.ToyLogistic;
import emergence.core.io.AtomicFiles;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.OutputsCsv;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SweepOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results store as a careless or hostile user meets it, on the toy experiment's quick sweep (4 sizes): every
 * tampered, corrupt, missing, foreign or concurrent store is refused with exit 2, the run folder, the field and the
 * fix, and nothing is written; a bug exits 1 with its stack trace.
 */
class StoreTrustTest {
    private static final String TOY = ToyLogistic.NAME;

    /** The toy's quick sweep, trained once; each test gets its own copy. */
    @TempDir
    static Path trained;

    @TempDir
    Path tmp;
    private Path data;
    private Path out;
    private Path runs;

    @BeforeAll
    static void trainTheToySweepOnce() throws IOException {
        ToyLogistic.writeDataset(trained.resolve("data"));
        assertEquals(0, LabRun.of("train", TOY, "--profile", "quick", "--engine", "local", "--data-dir",
                trained.resolve("data").toString(), "--out", trained.resolve("out").toString()).code());
    }

    @BeforeEach
    void copyTheTrainedSweep() throws IOException {
        data = tmp.resolve("data");
        ToyLogistic.writeDataset(data);
        out = tmp.resolve("out");
        Path from = trained.resolve("out");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path to = out.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        runs = Profile.QUICK.runsDir(out, TOY);
    }

    private LabRun train(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", TOY, "--profile", "quick", "--engine", "local",
                "--data-dir", data.toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return LabRun.of(args.toArray(String[]::new));
    }

    private LabRun score(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("score", TOY, "--profile", "quick", "--out",
                out.toString()));
        args.addAll(Arrays.asList(more));
        return LabRun.of(args.toArray(String[]::new));
    }

    /** Exit 2, one message holding every fragment, no stack trace, and the summary left as it was. */
    private void refused(LabRun r, String... fragments) throws IOException {
        assertEquals(Lab.EXIT_BAD_INPUT, r.code(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "one clear message, no stack trace: " + r.err());
    }

    private String summary() throws IOException {
        return Files.readString(out.resolve(TOY).resolve("summary.csv"));
    }

    @Test
    void outputsSwappedBetweenRunsAreRefused() throws IOException {
        String before = summary();
        Path small = runs.resolve("00_f1_r0").resolve(RunStore.OUTPUTS);
        Path large = runs.resolve("03_f8_r0").resolve(RunStore.OUTPUTS);
        Path aside = tmp.resolve("aside.gz");
        Files.move(small, aside);
        Files.move(large, small);
        Files.move(aside, large);
        refused(score(), "00_f1_r0", "outputsSha256");
        assertEquals(before, summary(), "nothing written");
    }

    @Test
    void aCheckpointsOutputsChangedOrLostAreRefusedAndItsTrajectoryIsWrittenOtherwise() throws IOException {
        String trajectory = Files.readString(out.resolve(TOY).resolve("trajectory.csv"));
        assertTrue(trajectory.contains("toy-logistic,f8,9,0,100,40000,"), "the last step of f8, 100 epochs of 400");
        assertEquals(4 * 11 * 8, trajectory.lines().count() - 1, "4 sizes, 11 checkpoints, 8 metric values each");
        Path checkpoints = runs.resolve("02_f4_r0").resolve(RunStore.CHECKPOINTS);
        Path early = checkpoints.resolve("step-000000002.csv.gz");
        Path later = checkpoints.resolve("step-000000066.csv.gz");
        byte[] kept = Files.readAllBytes(early);
        Files.copy(later, early, StandardCopyOption.REPLACE_EXISTING);
        refused(score(), early.toString(), "checkpoints[step 2].outputsSha256");
        Files.write(early, kept);
        Files.delete(later);
        refused(score(), "02_f4_r0", "has no checkpoints/step-000000066.csv.gz");
        assertEquals(trajectory, Files.readString(out.resolve(TOY).resolve("trajectory.csv")), "nothing written");
    }

    @Test
    void predictionsRewrittenToTheLabelsAreRefused() throws IOException {
        Path file = runs.resolve("01_f2_r0").resolve(RunStore.OUTPUTS);
        ClassificationOutputs o = ClassificationOutputs.of(OutputsCsv.read(file));
        OutputsCsv.write(new ClassificationOutputs(o.index(), o.label(), o.label(), o.pTrue(), o.sumP2()).table(),
                file);
        refused(score(), "01_f2_r0", "outputsSha256", "delete");
    }

    @Test
    void truncatedOutputsAndEmptyManifestsAreRefusedWithoutAStackTrace() throws IOException {
        Path file = runs.resolve("02_f4_r0").resolve(RunStore.OUTPUTS);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        refused(score(), "02_f4_r0");
        Files.write(file, bytes);
        Files.writeString(runs.resolve("03_f8_r0").resolve(RunStore.MANIFEST), "");
        refused(score(), "03_f8_r0", "Cannot read", "train the run again");
    }

    @Test
    void missingOutputsAreRefused() throws IOException {
        Files.delete(runs.resolve("01_f2_r0").resolve(RunStore.OUTPUTS));
        refused(score(), "01_f2_r0", "has no outputs.csv.gz");
    }

    @Test
    void aCopiedRunFolderIsNotCountedAsAnotherRun() throws IOException {
        Path copy = Files.createDirectories(runs.resolve("03_f8_r1"));
        for (String f : List.of(RunStore.OUTPUTS, RunStore.MANIFEST)) {
            Files.copy(runs.resolve("03_f8_r0").resolve(f), copy.resolve(f));
        }
        refused(score(), "03_f8_r1", "belongs to run 03_f8_r0");
        Path renamed = Files.move(copy, runs.resolve("03_f8_r5"));
        ObjectNode json = (ObjectNode) RunStore.json().readTree(renamed.resolve(RunStore.MANIFEST).toFile());
        ((ObjectNode) json.get("identity")).put("replicate", 5);
        RunStore.json().writeValue(renamed.resolve(RunStore.MANIFEST).toFile(), json);
        refused(score(), "03_f8_r5", "not a run of the quick plan");
    }

    @Test
    void anEditedManifestIsRefusedNamingTheField() throws IOException {
        assertEquals(0, train("--seeds", "2").code());
        Path manifest = runs.resolve("02_f4_r1").resolve(RunStore.MANIFEST);
        ObjectNode json = (ObjectNode) RunStore.json().readTree(manifest.toFile());
        ObjectNode identity = (ObjectNode) json.get("identity");
        identity.put("params", 999);
        RunStore.json().writeValue(manifest.toFile(), json);
        refused(score("--seeds", "2"), "02_f4", "params", "999");
        identity.put("params", 5).put("seed", 42);
        RunStore.json().writeValue(manifest.toFile(), json);
        refused(score("--seeds", "2"), "02_f4_r1", "seed 42 → ");
    }

    @Test
    void identityFieldsEditedConsistentlyAreRefusedAgainstThePlan() throws IOException {
        assertEquals(0, train("--seeds", "2").code());
        String before = summary();
        List<Path> replicates = List.of(runs.resolve("02_f4_r0"), runs.resolve("02_f4_r1"));
        edit(replicates, "params", 6);
        refused(score("--seeds", "2"), "02_f4_r0", "params 6 → 5 (counted from the size's architecture)");
        refused(train("--seeds", "2"), "params 6 → 5");
        edit(replicates, "params", 5);
        edit(replicates, "rootSeed", 7);
        refused(score("--seeds", "2"), "02_f4_r0", "rootSeed 7 → ");
        edit(replicates, "rootSeed", SweepOptions.DEFAULT_ROOT_SEED);
        for (Path run : replicates) {
            ObjectNode json = (ObjectNode) RunStore.json().readTree(run.resolve(RunStore.MANIFEST).toFile());
            ((ObjectNode) json.get("identity").get("data")).put(ToyLogistic.FILE, "0".repeat(64));
            RunStore.json().writeValue(run.resolve(RunStore.MANIFEST).toFile(), json);
        }
        refused(score("--seeds", "2"), "02_f4_r0", "data." + ToyLogistic.FILE, "a pinned checksum of toy");
        assertEquals(before, summary(), "nothing written");
    }

    /** Sets one numeric field of each run's manifest identity. */
    private static void edit(List<Path> runs, String field, long value) throws IOException {
        for (Path run : runs) {
            ObjectNode json = (ObjectNode) RunStore.json().readTree(run.resolve(RunStore.MANIFEST).toFile());
            ((ObjectNode) json.get("identity")).put(field, value);
            RunStore.json().writeValue(run.resolve(RunStore.MANIFEST).toFile(), json);
        }
    }

    @Test
    void aPartialSweepIsScoredOnlyWhenAskedAndApart() throws IOException {
        String before = summary();
        AtomicFiles.deleteTree(runs.resolve("01_f2_r0"));
        refused(score(), "incomplete", "3 of 4 runs", "01_f2_r0", "--partial");
        assertEquals(before, summary());
        LabRun partial = score("--partial");
        assertEquals(0, partial.code(), partial.err());
        assertEquals(before, summary(), "the complete sweep's tables stay as they were");
        assertEquals(1 + 3 * 8, Files.readAllLines(out.resolve(TOY).resolve("partial").resolve("summary.csv")).size());
    }

    @Test
    void aRunFolderWhoseManifestWasLostIsRefusedNotWiped() throws IOException {
        Path orphan = runs.resolve("02_f4_r0");
        byte[] outputs = Files.readAllBytes(orphan.resolve(RunStore.OUTPUTS));
        Files.delete(orphan.resolve(RunStore.MANIFEST));
        refused(train(), orphan.toString(), "has outputs but no manifest.json", "Restore it");
        refused(score(), orphan.toString(), "has outputs but no manifest.json");
        refused(LabRun.of("figures", TOY, "--profile", "quick", "--out", out.toString()), orphan.toString());
        assertArrayEquals(outputs, Files.readAllBytes(orphan.resolve(RunStore.OUTPUTS)), "outputs kept as they were");
    }

    @Test
    void aUsersFolderInARunsFolderIsKeptAndRefusedByEveryCommand() throws IOException {
        Path notes = Files.createDirectories(runs.resolve("notes"));
        Files.writeString(notes.resolve("important.txt"), "x");
        String before = summary();
        for (LabRun r : List.of(train(), score(), LabRun.of("figures", TOY, "--profile", "quick", "--out",
                out.toString()))) {
            refused(r, notes.toString(), "is not a stored run", "Move it elsewhere");
        }
        assertEquals("x", Files.readString(notes.resolve("important.txt")));
        assertEquals(before, summary());
    }

    @Test
    void aManifestWithAnythingAfterItsJsonIsRefused() throws IOException {
        Path manifest = runs.resolve("01_f2_r0").resolve(RunStore.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest) + "\n{\"status\": \"ok\"}\n");
        refused(score(), manifest.toString(), "Cannot read");
        refused(train(), manifest.toString(), "Cannot read");
    }

    @Test
    void aManifestOfAFutureSchemaIsRefusedNamingIt() throws IOException {
        Path manifest = runs.resolve("01_f2_r0").resolve(RunStore.MANIFEST);
        ObjectNode json = (ObjectNode) RunStore.json().readTree(manifest.toFile());
        RunStore.json().writeValue(manifest.toFile(), json.put("schemaVersion", 99));
        refused(score(), manifest.toString(), "manifest schema 99", "newer than this lab reads");
        refused(train(), manifest.toString(), "manifest schema 99");
    }

    @Test
    void oneSizeTrainsAndStoresAlone() throws IOException {
        out = tmp.resolve("first");
        LabRun r = train("--sizes", "f8");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(Profile.QUICK.runsDir(out, TOY).resolve("03_f8_r0").resolve(RunStore.MANIFEST)));
        assertTrue(r.err().contains("1 of 4 runs stored"), r.err());
        assertEquals(0, score("--partial").code());
    }

    @Test
    void anotherProfilesResultsRootIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path paper = Files.createDirectories(Profile.PAPER.runsDir(tmp.resolve("paper"), TOY));
        out = tmp.resolve("paper");
        refused(train(), "runs of another profile", paper.toString());
        assertFalse(Files.exists(Profile.QUICK.runsDir(out, TOY)), "nothing written");
    }

    @Test
    void badOutFoldersAreRefusedBeforeTraining() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        out = file;
        refused(train(), "is a file");
        out = Path.of("/");
        refused(train(), "file system root");
        out = Path.of("");
        refused(train(), "--out is empty");
    }

    @Test
    void resumingWithOtherThreadsIsRefused() throws IOException {
        refused(train("--threads", "1"), "00_f1_r0", "environment.threads 2 → 1");
    }

    @Test
    void aSecondWriterStopsAtOnceNamingTheHolder() throws Exception {
        // With a second seed to train, this train writes into the runs folder another process holds.
        try (AutoCloseable held = new RunStore(runs).lock()) {
            refused(train("--seeds", "2"), "Another lab process (PID " + ProcessHandle.current().pid() + ")");
        }
        assertFalse(Files.exists(runs.resolve("00_f1_r1")), "nothing trained");
        assertEquals(0, train("--seeds", "2").code());
    }

    @Test
    void flatManifestsOfSchemaTwoAreReadAndOfSchemaOneRefusedUntilMigrated() throws IOException {
        String before = summary();
        List<String> names = List.of("00_f1_r0", "01_f2_r0", "02_f4_r0", "03_f8_r0");
        Map<String, String> nested = new LinkedHashMap<>();
        for (String run : names) {
            // A run stored before checkpoints existed, as schemas 1 and 2 stored every run.
            Path manifest = runs.resolve(run).resolve(RunStore.MANIFEST);
            ObjectNode json = (ObjectNode) RunStore.json().readTree(manifest.toFile());
            ((ObjectNode) json.get("outcome")).remove("checkpoints");
            RunStore.json().writeValue(manifest.toFile(), json);
            nested.put(run, Files.readString(manifest));
            RunStore.json().writeValue(manifest.toFile(), flat(nested.get(run)).put("schemaVersion", 2));
        }
        assertEquals(0, score().code(), "schema 2 (flat, with checksums) is read as it is");
        assertEquals(before, summary());
        for (String run : names) {
            Path manifest = runs.resolve(run).resolve(RunStore.MANIFEST);
            ObjectNode schema1 = flat(nested.get(run));
            schema1.remove(List.of("schemaVersion", "outputsSha256"));
            RunStore.json().writeValue(manifest.toFile(), schema1);
        }
        refused(score(), "manifest schema 1", "bin/lab migrate --out " + out);
        assertEquals(0, LabRun.of("migrate", "--out", out.toString()).code());
        for (String run : names) {
            assertEquals(nested.get(run), Files.readString(runs.resolve(run).resolve(RunStore.MANIFEST)),
                    "migrated to the nested schema, the same facts");
        }
        assertEquals(0, score().code());
        assertEquals(before, summary());
    }

    /** A manifest in the flat layout of schemas 1 and 2: its identity, environment and outcome at the top level. */
    private static ObjectNode flat(String manifest) throws IOException {
        ObjectNode nested = (ObjectNode) RunStore.json().readTree(manifest);
        ObjectNode flat = RunStore.json().createObjectNode();
        flat.setAll((ObjectNode) nested.get("identity"));
        flat.set("environment", nested.get("environment"));
        flat.setAll((ObjectNode) nested.get("outcome"));
        return flat;
    }

    @Test
    void aBugExitsOneWithItsStackTraceAndAFullDiskTwoWithAMessage() {
        StringWriter text = new StringWriter();
        assertEquals(Lab.EXIT_BUG, Lab.exitCode(new IllegalStateException("an invariant broke"),
                new PrintWriter(text, true)));
        assertTrue(text.toString().contains("an invariant broke") && text.toString().contains("\tat "), text.toString());
        StringWriter full = new StringWriter();
        assertEquals(Lab.EXIT_BAD_INPUT, Lab.exitCode(new UncheckedIOException("cannot write x",
                new IOException("No space left on device")), new PrintWriter(full, true)));
        assertTrue(full.toString().contains("No space left on device") && !full.toString().contains("\tat "));
        StringWriter denied = new StringWriter();
        assertEquals(Lab.EXIT_BAD_INPUT, Lab.exitCode(new UncheckedIOException(new AccessDeniedException("/r/x")),
                new PrintWriter(denied, true)));
        assertTrue(denied.toString().contains("cannot write /r/x"), denied.toString());
    }
}
