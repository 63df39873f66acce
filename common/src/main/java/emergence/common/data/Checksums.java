package emergence.common.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums of files, and the refusal of a file whose checksum is not the pinned one. */
public final class Checksums {
    private Checksums() {
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) {
        return digest(file, "SHA-256");
    }

    /** Lower-case hex digest of the file's bytes with {@code algorithm} ({@code SHA-256}, {@code MD5}). */
    public static String digest(Path file, String algorithm) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest(algorithm))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Checks that {@code file} exists and has the pinned checksum.
     *
     * @return the checksum as recorded in manifests ({@link DataFile#recorded()})
     * @throws DataException naming the file, the expected and actual checksum, and the fix
     */
    public static String verify(Path file, DataFile spec, String fix) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Missing data file " + file + ". " + fix);
        }
        String actual = digest(file, spec.algorithm());
        if (!actual.equals(spec.digest())) {
            throw new DataException("Corrupt or wrong data file " + file + ": " + spec.algorithm() + " is " + actual
                    + " but expected " + spec.digest() + ". " + fix);
        }
        return spec.recorded();
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }
}
