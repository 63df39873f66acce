package emergence.common.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, and the refusal of a file whose checksum is not the pinned one. */
public final class Checksums {
    private Checksums() {
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Checks that {@code file} exists and has the pinned checksum.
     *
     * @return the file's SHA-256 (equal to the pinned one)
     * @throws DataException naming the file, the expected and actual checksum, and the fix
     */
    public static String verify(Path file, DataFile spec, String fix) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Missing data file " + file + ". " + fix);
        }
        String actual = sha256(file);
        if (!actual.equals(spec.sha256())) {
            throw new DataException("Corrupt or wrong data file " + file + ": SHA-256 is " + actual
                    + " but expected " + spec.sha256() + ". " + fix);
        }
        return actual;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
