package emergence.core.outputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's checkpoints when the last one is evaluated on a probe subset (a file of its own beside the final
 * outputs), and the renumbering of runs when sizes join the family below them.
 */
class RunStoreTest {
    @TempDir
    Path dir;

    private static RunManifest manifest(String size, int index, int replicate) {
        return new RunManifest(RunManifest.SCHEMA, new RunManifest.Identity("toy", "paper", size, index, replicate,
                42L + replicate, 7L, 120L, Map.of("width", 2), Map.of("steps", 100), Map.of()), Map.of("threads", "2"),
                new RunManifest.Outcome(RunStatus.OK, null, 1.5, Map.of(), "2026-12-06T00:00:00Z", null, List.of()));
    }

    private static ExampleOutputs outputs(double... p) {
        return new ExampleOutputs(List.of(Column.reals("p", p)));
    }

    @Test
    void aLastCheckpointOnTheProbeIsAFileOfItsOwnAndReadsBack() {
        RunStore store = new RunStore(dir);
        ExampleOutputs whole = outputs(0.25, 0.5, 0.75, 1);
        List<CheckpointOutputs> checkpoints = List.of(new CheckpointOutputs(1, 10, outputs(0.125, 0.25)),
                new CheckpointOutputs(10, 100, outputs(0.25, 0.5)));
        RunStore.StoredRun run = store.write("00_s2_r0", manifest("s2", 0, 0), whole, checkpoints, 6);

        RunStore.StoredRun read = store.find("00_s2_r0").orElseThrow();
        List<RunManifest.Checkpoint> stored = read.manifest().outcome().checkpoints();
        assertEquals(List.of(1L, 10L), stored.stream().map(RunManifest.Checkpoint::step).toList());
        assertArrayEquals(new double[] {0.25, 0.5}, read.outputs(stored.get(1)).values("p"), 0);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1}, read.outputs().values("p"), 0);
        assertEquals(2, run.dir().resolve(RunStore.CHECKPOINTS).toFile().list().length);
    }

    @Test
    void onlyTheLastCheckpointMayBeTheFinalOutputs() throws IOException {
        RunStore store = new RunStore(dir);
        ExampleOutputs whole = outputs(0.5, 1);
        assertThrows(IllegalArgumentException.class, () -> store.write("00_s2_r0", manifest("s2", 0, 0), whole,
                List.of(new CheckpointOutputs(1, 10, whole), new CheckpointOutputs(2, 20, outputs(1, 1))), 6));
        RunStore.StoredRun run = store.write("00_s2_r0", manifest("s2", 0, 0), whole,
                List.of(new CheckpointOutputs(1, 10, outputs(0, 0)), new CheckpointOutputs(2, 20, whole)), 6);
        // A manifest edited so that an earlier checkpoint claims the final outputs is not a run's.
        Path file = run.dir().resolve(RunStore.MANIFEST);
        RunManifest m = RunStore.readManifest(file);
        List<RunManifest.Checkpoint> c = m.outcome().checkpoints();
        RunManifest edited = m.withOutputs(m.outcome().outputsSha256(), List.of(new RunManifest.Checkpoint(1, 10, 60,
                m.outcome().outputsSha256()), c.get(1)));
        RunStore.json().writeValue(file.toFile(), edited);
        assertThrows(StoreException.class, () -> store.find("00_s2_r0"));
    }

    @Test
    void reindexMovesEachRunToItsSizesPlaceAndFinishesAnInterruptedMove() throws IOException {
        RunStore store = new RunStore(dir);
        store.write("00_s1_r0", manifest("s1", 0, 0), outputs(1));
        store.write("01_s4_r0", manifest("s4", 1, 0), outputs(2));
        store.write("01_s4_r1", manifest("s4", 1, 1), outputs(3));
        byte[] before = Files.readAllBytes(dir.resolve("01_s4_r1").resolve(RunStore.OUTPUTS));
        // An interrupted move: the manifest already renumbered, the folder not yet renamed.
        Path half = dir.resolve("01_s4_r1").resolve(RunStore.MANIFEST);
        RunStore.json().writeValue(half.toFile(), RunStore.readManifest(half).withSizeIndex(2));

        assertEquals(2, store.reindex(Map.of("s1", 0, "s2", 1, "s4", 2)));

        assertEquals(List.of("00_s1_r0", "02_s4_r0", "02_s4_r1"), folders());
        assertEquals(List.of(0, 2, 2), store.list().stream().map(r -> r.manifest().identity().sizeIndex()).toList());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("02_s4_r1").resolve(RunStore.OUTPUTS)));
        assertEquals(0, store.reindex(Map.of("s1", 0, "s2", 1, "s4", 2)), "nothing left to move");
        StoreException gone = assertThrows(StoreException.class, () -> store.reindex(Map.of("s4", 0)));
        assertEquals(List.of("00_s1_r0", "02_s4_r0", "02_s4_r1"), folders(), "nothing moved: " + gone.getMessage());
    }

    private List<String> folders() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
