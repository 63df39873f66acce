package emergence.core.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset as the lab knows it: the folder name under a data root, the pinned files (none for a dataset an
 * experiment generates from its seeds, {@link #generated}), optionally the official
 * location they can be downloaded from (each file is {@code mirror + name}), optionally the publisher's
 * archive that may stand in for the files, and optionally the files as the mirror serves them where the lab's
 * verified copies are re-packed (same content, other bytes).
 *
 * @param folder    folder name under a data root, e.g. {@code mnist}
 * @param files     the files, each pinned by SHA-256
 * @param mirror    base URI for downloads of the files (ending in '/'), or empty
 * @param archive   an archive holding every file, accepted instead of them, or empty
 * @param published pins of some files as the mirror serves them: each accepted in place of the pinned file of
 *                  its name, and what a download of it is checked against
 */
public record DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror, Optional<DataArchive> archive,
                          List<DataFile> published) {
    public DatasetSpec {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(archive, "archive");
        if (files.isEmpty() && (mirror.isPresent() || archive.isPresent())) {
            throw new IllegalArgumentException("dataset " + folder + " has no files to download or unpack");
        }
        mirror.ifPresent(uri -> {
            if (!uri.toString().endsWith("/")) {
                throw new IllegalArgumentException("mirror must end with '/', got " + uri);
            }
        });
        for (DataFile f : files) {
            archive.ifPresent(a -> a.member(f.name()));
        }
        published = List.copyOf(published);
        for (DataFile p : published) {
            if (files.stream().noneMatch(f -> f.name().equals(p.name()))) {
                throw new IllegalArgumentException("published pin of " + p.name() + ", which " + folder + " lacks");
            }
        }
    }

    /** A dataset whose files are served exactly as pinned. */
    public DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror, Optional<DataArchive> archive) {
        this(folder, files, mirror, archive, List.of());
    }

    /** A dataset without an archive form, served exactly as pinned. */
    public DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror) {
        this(folder, files, mirror, Optional.empty());
    }

    /**
     * A dataset with no files: the experiment draws its examples from fixed seeds, so there is nothing to find or
     * verify ({@code folder} only names it).
     */
    public static DatasetSpec generated(String folder) {
        return new DatasetSpec(folder, List.of(), Optional.empty());
    }

    /** Whether the experiment generates this dataset (it has no files). */
    public boolean isGenerated() {
        return files.isEmpty();
    }

    /** The pins a file of this name may match: the lab's, then the mirror's where it differs. */
    public List<DataFile> accepted(String name) {
        List<DataFile> pins = new ArrayList<>(List.of(file(name)));
        published.stream().filter(p -> p.name().equals(name)).forEach(pins::add);
        return pins;
    }

    /**
     * Whether {@code recorded} is a pin of the file (or of the archive) called {@code name}, as a run's manifest
     * records the checksum of the data it was trained on ({@link DataFile#recorded()}).
     */
    public boolean pins(String name, String recorded) {
        if (archive.isPresent() && archive.get().file().name().equals(name)) {
            return archive.get().file().recorded().equals(recorded);
        }
        return files.stream().anyMatch(f -> f.name().equals(name))
                && accepted(name).stream().anyMatch(f -> f.recorded().equals(recorded));
    }

    /** The pin a download of this file is checked against: the mirror's where given, else the lab's. */
    public DataFile download(String name) {
        return published.stream().filter(p -> p.name().equals(name)).findFirst().orElse(file(name));
    }

    /** The same dataset served from another base URI (a local mirror, a test server). */
    public DatasetSpec withMirror(URI base) {
        return new DatasetSpec(folder, files, Optional.of(base), archive, published);
    }

    /** The pinned file of that name. */
    public DataFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder + " has no file " + name));
    }
}
