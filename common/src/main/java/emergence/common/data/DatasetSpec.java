package emergence.common.data;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset as the lab knows it: the folder name under a data root, the pinned files, and optionally the
 * official location they can be downloaded from (each file is {@code mirror + name}).
 *
 * @param folder folder name under a data root, e.g. {@code mnist}
 * @param files  the files, each pinned by SHA-256
 * @param mirror base URI for downloads (ending in '/'), or empty when the dataset cannot be downloaded
 */
public record DatasetSpec(String folder, List<DataFile> files, Optional<URI> mirror) {
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
    }

    /** The same dataset served from another base URI (a local mirror, a test server). */
    public DatasetSpec withMirror(URI base) {
        return new DatasetSpec(folder, files, Optional.of(base));
    }

    /** The pinned file of that name. */
    public DataFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder + " has no file " + name));
    }
}
