package emergence.core.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
    private static final RunManifest MANIFEST = new RunManifest(RunManifest.SCHEMA,
            new RunManifest.Identity("toy", "quick", "s2", 1, 0, 42L, 7L, 120L, Map.of("width", 2),
                    Map.of("steps", 100, "lr", 0.01), Map.of("x.gz", "0".repeat(64))),
            Map.of("threads", "2"),
            new RunManifest.Outcome(RunStatus.OK, null, 1.5, Map.of("final_loss", 0.25), "2026-12-06T00:00:00Z",
                    "1".repeat(64), List.of(new RunManifest.Checkpoint(10, 320, 320 * 720.0, "2".repeat(64)),
                    new RunManifest.Checkpoint(100, 3200, 3200 * 720.0, "1".repeat(64)))));

    @TempDir
    Path dir;

    @Test
    void itIsWrittenInThreePartsAndReadBackEqual() throws IOException {
        Path file = dir.resolve(RunStore.MANIFEST);
        RunStore.json().writeValue(file.toFile(), MANIFEST);
        List<String> parts = new ArrayList<>();
        RunStore.json().readTree(file.toFile()).fieldNames().forEachRemaining(parts::add);
        assertEquals(List.of("schemaVersion", "identity", "environment", "outcome"), parts);
        assertEquals(MANIFEST, RunStore.readManifest(file));
    }

    @Test
    void aFieldAddedLaterReadsAsItsDefaultFromAManifestWrittenBeforeIt() throws IOException {
        Path file = dir.resolve(RunStore.MANIFEST);
        ObjectNode json = RunStore.json().valueToTree(MANIFEST);
        ((ObjectNode) json.get("outcome")).remove(List.of("details", "checkpoints"));
        ((ObjectNode) json.get("identity")).remove(List.of("budget", "data"));
        json.remove("environment");
        RunStore.json().writeValue(file.toFile(), json);
        RunManifest read = RunStore.readManifest(file);
        assertEquals(Map.of(), read.outcome().details());
        assertEquals(List.of(), read.outcome().checkpoints(), "a run stored before checkpoints existed");
        assertEquals(Map.of(), read.identity().budget());
        assertEquals(Map.of(), read.identity().data());
        assertEquals(Map.of(), read.environment());
        assertEquals(MANIFEST.identity().params(), read.identity().params());
    }

    @Test
    void theFlatLayoutOfSchemaTwoReadsAsTheSameFacts() throws IOException {
        Path file = dir.resolve(RunStore.MANIFEST);
        ObjectNode nested = RunStore.json().valueToTree(MANIFEST);
        ObjectNode flat = RunStore.json().createObjectNode();
        flat.setAll((ObjectNode) nested.get("identity"));
        flat.set("environment", nested.get("environment"));
        flat.setAll((ObjectNode) nested.get("outcome"));
        flat.remove("checkpoints");
        flat.put("schemaVersion", 2);
        RunStore.json().writeValue(file.toFile(), flat);
        RunManifest read = RunStore.readManifest(file);
        assertEquals(2, read.schemaVersion());
        assertEquals(MANIFEST.identity(), read.identity());
        assertEquals(MANIFEST.outcome().withOutputs(MANIFEST.outcome().outputsSha256(), List.of()), read.outcome());
        assertEquals(MANIFEST, read.withOutputs(MANIFEST.outcome().outputsSha256(), MANIFEST.outcome().checkpoints()));
    }

    @Test
    void aManifestThatIsNotAnObjectIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve(RunStore.MANIFEST), "[1, 2]");
        assertThrows(StoreException.class, () -> RunStore.readManifest(file));
    }
}
