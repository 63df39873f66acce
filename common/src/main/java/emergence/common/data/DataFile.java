package emergence.common.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One file of a dataset, pinned by a checksum of its bytes exactly as stored on disk: SHA-256 wherever the lab
 * computed it, MD5 only where that is all the publisher gives (the official CIFAR-100 archive).
 *
 * @param name      file name inside the dataset folder
 * @param algorithm {@code SHA-256} or {@code MD5}
 * @param digest    expected checksum, lower-case hex
 */
public record DataFile(String name, String algorithm, String digest) {
    private static final Set<String> ALGORITHMS = Set.of("SHA-256", "MD5");

    public DataFile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("data file name must be a plain file name, got '" + name + "'");
        }
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("checksum algorithm of " + name + " must be one of " + ALGORITHMS
                    + ", got '" + algorithm + "'");
        }
        int hexDigits = algorithm.equals("MD5") ? 32 : 64;
        if (digest == null || !digest.matches("[0-9a-fA-F]{" + hexDigits + "}")) {
            throw new IllegalArgumentException(algorithm + " of " + name + " must be " + hexDigits
                    + " hex digits, got '" + digest + "'");
        }
        digest = digest.toLowerCase(Locale.ROOT);
    }

    /** A file pinned by SHA-256. */
    public DataFile(String name, String sha256) {
        this(name, "SHA-256", sha256);
    }

    /** The checksum as recorded in manifests: the hex digest, prefixed with {@code md5:} when it is not SHA-256. */
    public String recorded() {
        return algorithm.equals("SHA-256") ? digest : "md5:" + digest;
    }
}
