package emergence.common.data;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset as the lab knows it: the folder name under a data root, the pinned files, optionally the official
 * location they can be downloaded from (each file is {@code mirror + name}), and optionally the publisher's
 * archive that may stand in for the files.
 *
 * @param folder  folder name under a data root, e.g. {@code mnist}
 * @param files   the files, each pinned by SHA-256
 * @param mirror  base URI for downloads of the files (ending in '/'), or empty
 * @param archive an archive holding every file, accepted instead of them, or empty
 */
public record DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror, Optional<DataArchive> archive) {
    public DatasetSpec {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("dataset " + folder + " needs at least one file");
        }
        Objects.requireNonNull(mirror, "mirror");
        mirror.ifPresent(uri -> {
            if (!uri.toString().endsWith("/")) {
                throw new IllegalArgumentException("mirror must end with '/', got " + uri);
            }
        });
        Objects.requireNonNull(archive, "archive");
        for (DataFile f : files) {
            archive.ifPresent(a -> a.member(f.name()));
        }
    }

    /** A dataset without an archive form. */
    public DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror) {
        this(folder, files, mirror, Optional.empty());
    }

    /** The same dataset served from another base URI (a local mirror, a test server). */
    public DatasetSpec withMirror(URI base) {
        return new DatasetSpec(folder, files, Optional.of(base), archive);
    }

    /** The pinned file of that name. */
    public DataFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder + " has no file " + name));
    }
}
