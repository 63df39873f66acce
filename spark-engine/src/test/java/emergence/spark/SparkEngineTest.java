package emergence.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.BadInputException;
import emergence.core.data.DataLocator;
import emergence.core.data.DatasetResolver;
import emergence.core.data.VerifiedDataset;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SweepOptions;
import emergence.training.sweep.Engine;
import emergence.training.sweep.EngineSettings;
import emergence.training.sweep.Engines;
import emergence.training.sweep.LocalEngine;
import emergence.training.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine in embedded {@code local[N]} mode, on a fake family found by executors as a real one is. */
@Tag("cluster")
class SparkEngineTest {
    @TempDir
    Path dir;

    @Test
    void sparkStoresTheRunsTheLocalEngineStores() throws IOException {
        FakeFamily family = new FakeFamily();
        VerifiedDataset data = data(dir.resolve("data"));
        assertEquals(8, runner(family, dir.resolve("local"), Optional.empty()).run(data, new LocalEngine()));
        try (Engine spark = spark("local[2]", 1)) {
            assertEquals("spark local[2]", spark.describe());
            assertEquals(8, runner(family, dir.resolve("spark"), Optional.empty()).run(data, spark));
        }
        List<RunStore.StoredRun> local = stored(dir.resolve("local"), family);
        List<RunStore.StoredRun> spark = stored(dir.resolve("spark"), family);
        assertEquals(8, spark.size());
        for (int i = 0; i < local.size(); i++) {
            assertEquals(local.get(i).dir().getFileName(), spark.get(i).dir().getFileName());
            assertEquals(local.get(i).manifest().outcome().status(), spark.get(i).manifest().outcome().status());
            assertEquals(local.get(i).manifest().identity().params(), spark.get(i).manifest().identity().params());
            assertEquals("spark local[2]", spark.get(i).manifest().environment().get("engine"));
            Path outputs = Path.of(RunStore.OUTPUTS);
            if (local.get(i).manifest().ok()) {
                assertArrayEquals(Files.readAllBytes(local.get(i).dir().resolve(outputs)),
                        Files.readAllBytes(spark.get(i).dir().resolve(outputs)));
            }
        }
        assertEquals("training loss became NaN at step 3", spark.stream()
                .filter(r -> r.dir().getFileName().toString().equals("02_s2_r1")).findFirst().orElseThrow()
                .manifest().outcome().failure());
    }

    @Test
    void anExecutorWithoutTheDatasetRefusesToTrainAndNothingIsStored() throws IOException {
        VerifiedDataset data = data(dir.resolve("data"));
        Files.createDirectories(dir.resolve("elsewhere"));
        BadInputException e = refused(data, dir.resolve("elsewhere"));
        assertTrue(e.getMessage().contains("Dataset spark-fake not found"), e.getMessage());
        assertTrue(e.getMessage().contains("every executor verifies the dataset at " + dir.resolve("elsewhere")),
                e.getMessage());
    }

    @Test
    void anExecutorWithACorruptCopyRefusesToTrainAndNothingIsStored() throws IOException {
        VerifiedDataset data = data(dir.resolve("data"));
        write(dir.resolve("corrupt"), "tampered\n");
        BadInputException e = refused(data, dir.resolve("corrupt"));
        assertTrue(e.getMessage().contains("Corrupt or wrong data file"), e.getMessage());
    }

    @Test
    void aRunThatFailsEveryAttemptStopsTheSweepNamingItAndKeepsWhatWasStored() throws IOException {
        FakeFamily crashing = new FakeFamily.Crashing();
        VerifiedDataset data = data(dir.resolve("data"));
        try (Engine spark = spark("local[1]", 1)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> runner(crashing, dir.resolve("out"), Optional.empty()).run(data, spark));
            assertTrue(e.getMessage().contains("03_s3_r0") && e.getMessage().contains("failed on every attempt"),
                    e.getMessage());
        }
        RunStore store = new RunStore(Profile.QUICK.runsDir(dir.resolve("out"), crashing.name()));
        assertFalse(store.list().stream().anyMatch(r -> r.dir().getFileName().toString().startsWith("03_")));
    }

    @Test
    void mastersThatCannotWorkAreRefusedBeforeTraining() {
        assertTrue(assertThrows(BadInputException.class, () -> spark("local[1]", 2)).getMessage()
                .contains("gives 1 cores, fewer than the 2 threads of a task"));
        assertTrue(assertThrows(BadInputException.class, () -> spark("spark://127.0.0.1:9", 1)).getMessage()
                .contains("no Spark master answers there"));
        assertTrue(assertThrows(BadInputException.class, () -> spark("nonsense://x", 1)).getMessage()
                .contains("is not a Spark master"));
        assertTrue(assertThrows(BadInputException.class, () -> spark("k8s://https://127.0.0.1:6443", 1))
                .getMessage().contains("needs Spark's Kubernetes support"));
    }

    private BadInputException refused(VerifiedDataset data, Path executorData) {
        try (Engine spark = spark("local[2]", 1)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> runner(new FakeFamily(), dir.resolve("out"), Optional.of(executorData)).run(data, spark));
            assertTrue(new RunStore(Profile.QUICK.runsDir(dir.resolve("out"), "spark-fake")).list().isEmpty());
            return e;
        }
    }

    private static List<RunStore.StoredRun> stored(Path out, FakeFamily family) {
        return new RunStore(Profile.QUICK.runsDir(out, family.name())).list();
    }

    @Test
    void aMasterWithoutAPortNumberIsRefusedAsBadInput() {
        for (String port : new String[] {"notaport", "99999", "0"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> spark("spark://127.0.0.1:" + port, 1));
            assertTrue(e.getMessage().contains("'" + port + "' is not a port (1 to 65535)"), e.getMessage());
        }
    }

    private static Engine spark(String master, int threads) {
        return Engines.open(new EngineSettings(EngineSettings.SPARK, Optional.of(master), threads));
    }

    private static SweepRunner<FakeFamily.Width> runner(FakeFamily family, Path out, Optional<Path> dataDir) {
        return new SweepRunner<>(family, new SweepOptions(Profile.QUICK, Optional.empty(), 7, 1, out, dataDir, false),
                false, Duration.ofHours(1));
    }

    /** A data root holding the fake dataset, verified as the driver does. */
    private static VerifiedDataset data(Path root) throws IOException {
        write(root, FakeFamily.CONTENT);
        return new DatasetResolver(DataLocator.forProcess(Optional.of(root)), false, null)
                .resolve(new FakeFamily().dataset());
    }

    /** A data root whose {@code spark-fake/x} holds {@code content}. */
    private static void write(Path root, String content) throws IOException {
        Files.createDirectories(root.resolve("spark-fake"));
        Files.writeString(root.resolve("spark-fake").resolve("x"), content);
    }
}
