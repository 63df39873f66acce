package emergence.core.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import emergence.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run directories of one experiment and profile. A run directory is complete or absent: it is written
 * under a temporary name and renamed into place, so a crash leaves at most a {@code .tmp-*} folder, which
 * the next sweep removes.
 */
public final class RunStore {
    public static final String MANIFEST = "manifest.json";
    public static final String OUTPUTS = "outputs.csv.gz";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** One stored run: its manifest and, for a successful run, its outputs file. */
    public record StoredRun(Path dir, RunManifest manifest) {
        public ExampleOutputs outputs() {
            return OutputsCsv.read(dir.resolve(OUTPUTS));
        }
    }

    /** The finished run in {@code name}, if there is one. */
    public Optional<StoredRun> find(String name) {
        Path manifest = dir.resolve(name).resolve(MANIFEST);
        return Files.isRegularFile(manifest) ? Optional.of(new StoredRun(manifest.getParent(), readManifest(manifest)))
                : Optional.empty();
    }

    /** All finished runs, ordered by directory name (size index, then replicate). */
    public List<StoredRun> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<StoredRun> runs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    find(p.getFileName().toString()).ifPresent(runs::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return runs;
    }

    /** Writes a run atomically: outputs (if any) and manifest into a temporary folder, then one rename. */
    public StoredRun write(String name, RunManifest manifest, ExampleOutputs outputs) {
        Path target = AtomicFiles.write(dir.resolve(name), tmp -> {
            Files.createDirectory(tmp);
            if (outputs != null) {
                OutputsCsv.write(outputs, tmp.resolve(OUTPUTS));
            }
            JSON.writeValue(tmp.resolve(MANIFEST).toFile(), manifest);
        });
        return new StoredRun(target, manifest);
    }

    /** Removes temporary folders left by an interrupted sweep. */
    public void removeUnfinished() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
                AtomicFiles.deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }

    public static RunManifest readManifest(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file, e);
        }
    }

    /** The shared JSON mapper (indented, map keys sorted, so files diff cleanly). */
    public static ObjectMapper json() {
        return JSON;
    }
}
