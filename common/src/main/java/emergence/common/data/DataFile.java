package emergence.common.data;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of a dataset, pinned by its SHA-256 (lower-case hex of the file exactly as stored on disk).
 *
 * @param name   file name inside the dataset folder
 * @param sha256 expected SHA-256 of the file's bytes
 */
public record DataFile(String name, String sha256) {
    public DataFile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("data file name must be a plain file name, got '" + name + "'");
        }
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("sha256 of " + name + " must be 64 hex digits, got '" + sha256 + "'");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }
}
