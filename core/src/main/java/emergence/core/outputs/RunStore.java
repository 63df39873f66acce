package emergence.core.outputs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import emergence.core.data.Checksums;
import emergence.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run directories of one experiment and profile. A run directory is complete or absent: it is written
 * under a temporary name holding a marker file and renamed into place (the marker removed just before), so a crash
 * leaves at most a {@code .tmp-*} folder with the marker, which the next sweep removes. The store deletes nothing
 * else: a folder it did not write (no manifest: a user's folder, or a run whose manifest was lost) is refused by
 * {@link #list()} with its path and the fix. Every manifest records the SHA-256 of its outputs file, checked before
 * the outputs are read; a manifest older than schema 2 is refused until {@link #migrate()} upgrades it, one of a newer
 * schema always. One process at a time writes into a store ({@link #lock()}).
 */
public final class RunStore {
    public static final String MANIFEST = "manifest.json";
    public static final String OUTPUTS = "outputs.csv.gz";
    /** The folder of a run's outputs at its checkpoints before the last (the last is {@link #OUTPUTS}). */
    public static final String CHECKPOINTS = "checkpoints";
    static final String LOCK = ".lock";
    /** The file that marks a temporary run folder as this store's own while it is being written. */
    static final String WRITING = ".written-by-emergence-lab";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The file of a checkpoint's outputs in a run folder: the final outputs for a last one that records their
     * checksum, else its own file.
     */
    static Path checkpointFile(Path run, RunManifest.Checkpoint checkpoint, RunManifest manifest) {
        return checkpoint.outputsSha256().equals(manifest.outcome().outputsSha256()) ? run.resolve(OUTPUTS)
                : run.resolve(CHECKPOINTS).resolve(checkpointName(checkpoint.step()));
    }

    private static String checkpointName(long step) {
        return String.format("step-%09d.csv.gz", step);
    }

    /** The folder name of a run, e.g. {@code 03_c4-8-h16_r1}: size index, size id, replicate. */
    public static String runName(int sizeIndex, String sizeId, int replicate) {
        return String.format("%02d_%s_r%d", sizeIndex, sizeId, replicate);
    }

    /** One stored run: its manifest and, for a successful run, its outputs file. */
    public record StoredRun(Path dir, RunManifest manifest) {
        /**
         * The outputs, after checking them against the SHA-256 the manifest records.
         *
         * @throws StoreException when the file is missing, changed, truncated or unreadable
         */
        public ExampleOutputs outputs() {
            return read(dir.resolve(OUTPUTS), manifest.outcome().outputsSha256(), "outputsSha256");
        }

        /**
         * The outputs at one of the manifest's checkpoints, after checking them against the SHA-256 it records.
         *
         * @throws StoreException when the file is missing, changed, truncated or unreadable
         */
        public ExampleOutputs outputs(RunManifest.Checkpoint checkpoint) {
            return read(checkpointFile(dir, checkpoint, manifest), checkpoint.outputsSha256(),
                    "checkpoints[step " + checkpoint.step() + "].outputsSha256");
        }

        private ExampleOutputs read(Path file, String recorded, String field) {
            if (!Files.isRegularFile(file)) {
                throw new StoreException("Run " + dir + " has no " + dir.relativize(file) + ". Delete the folder and "
                        + "train the run again (bin/lab train resumes it).");
            }
            // One read: the bytes that are checked are the bytes that are parsed.
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            String actual = Checksums.sha256(bytes);
            if (!actual.equals(recorded)) {
                throw new StoreException(file + " is not the file its run stored: its SHA-256 is " + actual
                        + " but manifest.json field " + field + " records " + recorded
                        + ". Restore the original, or delete " + dir + " and train the run again.");
            }
            try {
                return OutputsCsv.read(bytes, file.toString());
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage() + ". Delete " + dir
                        + " and train the run again.", e);
            }
        }
    }

    /**
     * The finished run in {@code name}, if there is one (a folder with a manifest).
     *
     * @throws StoreException when its manifest is unreadable, of an older schema, or names another run
     */
    public Optional<StoredRun> find(String name) {
        Path manifest = dir.resolve(name).resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        RunManifest m = readManifest(manifest);
        if (m.schemaVersion() > RunManifest.SCHEMA) {
            throw new StoreException(manifest + " has manifest schema " + m.schemaVersion() + ", newer than this lab "
                    + "reads (" + RunManifest.SCHEMA + "): it was written by a newer lab, or its schemaVersion was "
                    + "changed. Use the lab that wrote it, or delete " + dir.resolve(name) + " and train the run again.");
        }
        if (m.schemaVersion() < RunManifest.OLDEST_READ) {
            throw new StoreException(manifest + " was written by an older lab (manifest schema " + Math.max(1,
                    m.schemaVersion()) + ", now " + RunManifest.SCHEMA + "). Upgrade the store once with: bin/lab "
                    + "migrate --out " + dir.getParent().getParent());
        }
        if (!m.dirName().equals(name)) {
            throw new StoreException(manifest + " belongs to run " + m.dirName() + ", not to its folder " + name
                    + " (fields sizeIndex " + m.identity().sizeIndex() + ", sizeId " + m.identity().sizeId()
                    + ", replicate " + m.identity().replicate() + "). Restore the folder's own manifest, or delete "
                    + dir.resolve(name) + " and train the run again.");
        }
        List<RunManifest.Checkpoint> checkpoints = m.outcome().checkpoints();
        for (int i = 0; i < checkpoints.size(); i++) {
            boolean early = i < checkpoints.size() - 1;
            if (i > 0 && checkpoints.get(i).step() <= checkpoints.get(i - 1).step()
                    || early && checkpoints.get(i).outputsSha256().equals(m.outcome().outputsSha256())) {
                throw new StoreException(manifest + ": field checkpoints is not a run's (steps must increase, only the "
                        + "last may be the final outputs). Restore the folder's own manifest, or delete "
                        + dir.resolve(name) + " and train the run again.");
            }
        }
        if (m.ok() == (m.outcome().outputsSha256() == null)) {
            throw new StoreException(manifest + ": field outputsSha256 is " + (m.ok() ? "missing for a run with status ok"
                    : "set for a failed run") + ". Delete " + dir.resolve(name) + " and train the run again.");
        }
        return Optional.of(new StoredRun(manifest.getParent(), m));
    }

    /**
     * All finished runs, ordered by directory name (size index, then replicate).
     *
     * @throws StoreException when a folder in the store is not a stored run (it has no manifest): the lab never
     *                        leaves one (runs appear whole), so it is a user's folder or a run whose manifest was
     *                        lost, and neither is the lab's to delete
     */
    public List<StoredRun> list() {
        List<StoredRun> runs = new ArrayList<>();
        for (Path p : runFolders()) {
            String name = p.getFileName().toString();
            runs.add(find(name).orElseThrow(() -> new StoreException(Files.isRegularFile(p.resolve(OUTPUTS))
                    ? "Run folder " + p + " has outputs but no " + MANIFEST + ": its manifest was deleted or moved. "
                    + "Restore it, or delete the folder yourself to train the run again; the lab does not delete "
                    + "outputs it cannot vouch for."
                    : p + " is not a stored run (it has no " + MANIFEST + "): the lab keeps only run folders in "
                    + dir + ". Move it elsewhere (or delete it yourself); nothing was changed.")));
        }
        return runs;
    }

    private List<Path> runFolders() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Writes a run atomically: outputs (if any) and manifest, in the current schema with the outputs' SHA-256, into
     * a temporary folder, then one rename.
     */
    public StoredRun write(String name, RunManifest manifest, ExampleOutputs outputs) {
        return write(name, manifest, outputs, List.of(), 0);
    }

    /**
     * The same, with the outputs at the run's checkpoints (the last at the run's last step: {@code outputs} itself,
     * kept in one file, or the outputs on the test subset the checkpoints share, in a file of its own), each recorded
     * with its training operations, examples × {@code flopsPerExample}.
     */
    public StoredRun write(String name, RunManifest manifest, ExampleOutputs outputs,
                           List<CheckpointOutputs> checkpoints, double flopsPerExample) {
        if (checkpoints.stream().limit(Math.max(0, checkpoints.size() - 1)).anyMatch(c -> c.outputs() == outputs)) {
            throw new IllegalArgumentException("only the last checkpoint of " + name + " may be its final outputs");
        }
        RunManifest[] written = new RunManifest[1];
        Path target = AtomicFiles.write(dir.resolve(name), tmp -> {
            Files.createDirectory(tmp);
            Files.createFile(tmp.resolve(WRITING));
            String sha = null;
            if (outputs != null) {
                OutputsCsv.write(outputs, tmp.resolve(OUTPUTS));
                sha = Checksums.sha256(tmp.resolve(OUTPUTS));
            }
            List<RunManifest.Checkpoint> stored = new ArrayList<>();
            for (int i = 0; i < checkpoints.size(); i++) {
                CheckpointOutputs c = checkpoints.get(i);
                String checksum = sha;
                if (c.outputs() != outputs) {
                    Path file = tmp.resolve(CHECKPOINTS).resolve(checkpointName(c.step()));
                    Files.createDirectories(file.getParent());
                    OutputsCsv.writeCompact(c.outputs(), file);
                    checksum = Checksums.sha256(file);
                }
                stored.add(new RunManifest.Checkpoint(c.step(), c.examples(), c.examples() * flopsPerExample,
                        checksum));
            }
            written[0] = manifest.withOutputs(sha, stored);
            JSON.writeValue(tmp.resolve(MANIFEST).toFile(), written[0]);
            Files.delete(tmp.resolve(WRITING));
        });
        return new StoredRun(target, written[0]);
    }

    /**
     * Upgrades every manifest of an older schema to the current one, recording the SHA-256 its outputs file has now
     * (trusted as it is: run this on results you have not changed). Each manifest is replaced atomically.
     *
     * @return the runs upgraded
     */
    public int migrate() {
        int upgraded = 0;
        for (Path folder : runFolders()) {
            Path file = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            RunManifest m = readManifest(file);
            if (m.schemaVersion() >= RunManifest.SCHEMA) {
                continue;
            }
            Path outputs = folder.resolve(OUTPUTS);
            if (m.ok() && !Files.isRegularFile(outputs)) {
                throw new StoreException("Cannot migrate " + folder + ": it has no " + OUTPUTS + ". Delete the folder"
                        + " and train the run again.");
            }
            // A checksum recorded before (schema 2) is kept: recomputing it would launder an edited outputs file.
            String sha = !m.ok() ? null : m.schemaVersion() >= 2 ? m.outcome().outputsSha256()
                    : Checksums.sha256(outputs);
            RunManifest current = m.withOutputs(sha);
            AtomicFiles.write(file, tmp -> JSON.writeValue(tmp.toFile(), current));
            upgraded++;
        }
        return upgraded;
    }

    /**
     * Moves every run to its size's position in a family that gained sizes: the manifest's {@code sizeIndex} is
     * rewritten (atomically), then the folder renamed to match. Nothing else changes (the outputs and their checksums
     * stay as they are). Interrupted, it is completed by calling it again. Call it holding the {@link #lock()}.
     *
     * @param indexOf each size id's position in the family
     * @return the runs moved
     * @throws StoreException when a run's size is not in {@code indexOf}, or its new folder name is taken
     */
    public int reindex(Map<String, Integer> indexOf) {
        int moved = 0;
        for (Path folder : runFolders()) {
            Path file = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(file)) {
                continue;  // list() names it; not the lab's to move
            }
            RunManifest m = readManifest(file);
            Integer index = indexOf.get(m.identity().sizeId());
            if (index == null) {
                throw new StoreException("Run " + folder + " is of size " + m.identity().sizeId() + ", which the "
                        + "family no longer has; nothing was moved from it. Move the folder out of " + dir + ".");
            }
            if (index == m.identity().sizeIndex() && folder.getFileName().toString().equals(m.dirName())) {
                continue;
            }
            RunManifest moving = m.withSizeIndex(index);
            Path target = dir.resolve(moving.dirName());
            if (!folder.equals(target) && Files.exists(target)) {
                throw new StoreException("Cannot move run " + folder + " to " + target + ": a folder of that name "
                        + "exists. Move one of them out of " + dir + ".");
            }
            AtomicFiles.write(file, tmp -> JSON.writeValue(tmp.toFile(), moving));
            try {
                Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rename " + folder + " to " + target, e);
            }
            moved++;
        }
        return moved;
    }

    /**
     * Takes the store's lock for this process (released on close): only one process trains into a store. The lock
     * file records the holder's PID.
     *
     * @throws StoreException when another process (or another sweep of this one) holds it, naming its PID
     */
    public AutoCloseable lock() {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = new String(Files.readAllBytes(dir.resolve(LOCK)), StandardCharsets.UTF_8).trim();
                channel.close();
                throw new StoreException("Another lab process (PID " + (holder.isEmpty() ? "?" : holder)
                        + ") is training into " + dir + ". Wait for it to finish or stop it; nothing was trained.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(
                    StandardCharsets.UTF_8)));
            FileLock held = lock;
            return () -> {
                held.release();
                channel.close();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    /**
     * Removes the half-written runs that interrupted sweeps left: temporary folders ({@code .tmp-*}) that still hold
     * this store's marker, which proves the lab wrote them. Nothing else is touched. Call it holding the
     * {@link #lock()}, so that no other process is writing one.
     *
     * @return the folders removed
     */
    public List<Path> removeInterrupted() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> ours = s.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                    .filter(p -> Files.isRegularFile(p.resolve(WRITING), LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path p : ours) {
                AtomicFiles.deleteTree(p);
            }
            return ours;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws StoreException when it is not exactly one readable manifest (empty, truncated, edited into invalid
     *                        JSON, or followed by anything but white space)
     */
    public static RunManifest readManifest(Path file) {
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return tree.has("identity") ? JSON.treeToValue(tree, RunManifest.class)
                    : JSON.treeToValue(tree, FlatManifest.class).nested();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read " + file + " (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "). Delete " + file.getParent()
                    + " and train the run again.", e);
        }
    }

    /** The shared JSON mapper (indented, map keys sorted, so files diff cleanly). */
    public static ObjectMapper json() {
        return JSON;
    }
}
