package emergence.core.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One file of a dataset, pinned by a checksum of its bytes exactly as stored on disk: SHA-256 wherever the lab
 * computed it; MD5 or git's blob id only where that is all the publisher gives (the official CIFAR-100
 * archive; the Omniglot zips in their GitHub repository).
 *
 * @param name      file name inside the dataset folder
 * @param algorithm {@code SHA-256}, {@code MD5} or {@value #GIT_SHA1}
 * @param digest    expected checksum, lower-case hex
 */
public record DataFile(String name, String algorithm, String digest) {
    /** Git's blob id: SHA-1 of {@code "blob <size>\0"} followed by the bytes. */
    public static final String GIT_SHA1 = "GIT-SHA1";
    private static final Set<String> ALGORITHMS = Set.of("SHA-256", "MD5", GIT_SHA1);

    public DataFile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("data file name must be a plain file name, got '" + name + "'");
        }
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("checksum algorithm of " + name + " must be one of " + ALGORITHMS
                    + ", got '" + algorithm + "'");
        }
        int hexDigits = switch (algorithm) {
            case "MD5" -> 32;
            case GIT_SHA1 -> 40;
            default -> 64;
        };
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

    /** The checksum as recorded in manifests: the hex digest, prefixed ({@code md5:}, {@code git:}) unless SHA-256. */
    public String recorded() {
        return switch (algorithm) {
            case "MD5" -> "md5:" + digest;
            case GIT_SHA1 -> "git:" + digest;
            default -> digest;
        };
    }
}
