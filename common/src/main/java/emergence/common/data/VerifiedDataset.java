package emergence.common.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset folder whose every pinned file was found and checked against its SHA-256.
 *
 * @param spec      the dataset
 * @param folder    where its files are
 * @param checksums file name → verified SHA-256 (recorded in run manifests)
 */
public record VerifiedDataset(DatasetSpec spec, Path folder, Map<String, String> checksums) {
    public VerifiedDataset {
        checksums = Map.copyOf(new TreeMap<>(checksums));
    }

    public Path file(String name) {
        spec.file(name);
        return folder.resolve(name);
    }
}
