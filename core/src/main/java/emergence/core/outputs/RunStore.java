package emergence.core.outputs;

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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run directories of one experiment and profile. A run directory is complete or absent: it is written
 * under a temporary name and renamed into place, so a crash leaves at most a {@code .tmp-*} folder, which
 * the next sweep removes. Every manifest records the SHA-256 of its outputs file, checked before the outputs are
 * read; a manifest of an older schema is refused until {@link #migrate()} upgrades it. One process at a time
 * writes into a store ({@link #lock()}).
 */
public final class RunStore {
    public static final String MANIFEST = "manifest.json";
    public static final String OUTPUTS = "outputs.csv.gz";
    static final String LOCK = ".lock";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
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
            Path file = dir.resolve(OUTPUTS);
            if (!Files.isRegularFile(file)) {
                throw new StoreException("Run " + dir + " has no " + OUTPUTS + ". Delete the folder and train the run "
                        + "again (bin/lab train resumes it).");
            }
            // One read: the bytes that are checked are the bytes that are parsed.
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            String actual = Checksums.sha256(bytes);
            if (!actual.equals(manifest.outputsSha256())) {
                throw new StoreException(file + " is not the file its run stored: its SHA-256 is " + actual
                        + " but manifest.json field outputsSha256 records " + manifest.outputsSha256()
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
        if (m.schemaVersion() < RunManifest.SCHEMA) {
            throw new StoreException(manifest + " was written by an older lab (manifest schema " + Math.max(1,
                    m.schemaVersion()) + ", now " + RunManifest.SCHEMA + "). Upgrade the store once with: bin/lab "
                    + "migrate --out " + dir.getParent().getParent());
        }
        if (!m.dirName().equals(name)) {
            throw new StoreException(manifest + " belongs to run " + m.dirName() + ", not to its folder " + name
                    + " (fields sizeIndex " + m.sizeIndex() + ", sizeId " + m.sizeId() + ", replicate "
                    + m.replicate() + "). Restore the folder's own manifest, or delete " + dir.resolve(name)
                    + " and train the run again.");
        }
        if (m.ok() == (m.outputsSha256() == null)) {
            throw new StoreException(manifest + ": field outputsSha256 is " + (m.ok() ? "missing for a run with status ok"
                    : "set for a failed run") + ". Delete " + dir.resolve(name) + " and train the run again.");
        }
        return Optional.of(new StoredRun(manifest.getParent(), m));
    }

    /** All finished runs, ordered by directory name (size index, then replicate). */
    public List<StoredRun> list() {
        List<StoredRun> runs = new ArrayList<>();
        for (Path p : runFolders()) {
            find(p.getFileName().toString()).ifPresent(runs::add);
        }
        return runs;
    }

    /** Run folders without a manifest: a run that never finished (its process was killed), or a damaged one. */
    public List<Path> unfinished() {
        return runFolders().stream().filter(p -> !Files.isRegularFile(p.resolve(MANIFEST))).toList();
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
        RunManifest[] written = new RunManifest[1];
        Path target = AtomicFiles.write(dir.resolve(name), tmp -> {
            Files.createDirectory(tmp);
            String sha = null;
            if (outputs != null) {
                OutputsCsv.write(outputs, tmp.resolve(OUTPUTS));
                sha = Checksums.sha256(tmp.resolve(OUTPUTS));
            }
            written[0] = manifest.withOutputs(sha);
            JSON.writeValue(tmp.resolve(MANIFEST).toFile(), written[0]);
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
            RunManifest v2 = m.withOutputs(m.ok() ? Checksums.sha256(outputs) : null);
            AtomicFiles.write(file, tmp -> JSON.writeValue(tmp.toFile(), v2));
            upgraded++;
        }
        return upgraded;
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
     * Removes what interrupted sweeps left: temporary folders, and run folders without a manifest. Call it holding
     * the {@link #lock()}.
     *
     * @return the run folders without a manifest that were removed
     */
    public List<Path> removeUnfinished() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> orphans = unfinished();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
                AtomicFiles.deleteTree(p);
            }
            for (Path p : orphans) {
                AtomicFiles.deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
        return orphans;
    }

    /**
     * Reads a manifest.
     *
     * @throws StoreException when it is not a readable manifest (empty, truncated, edited into invalid JSON)
     */
    public static RunManifest readManifest(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunManifest.class);
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
