package emergence.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Checksums of files, and the refusal of a file whose checksum is not the pinned one. */
public final class Checksums {
    private Checksums() {
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) {
        return digest(file, "SHA-256");
    }

    /** Lower-case hex SHA-256 of bytes in memory. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest("SHA-256").digest(bytes));
    }

    /**
     * Lower-case hex digest of the file's bytes with {@code algorithm}: {@code SHA-256}, {@code MD5}, or
     * {@code GIT-SHA1}, git's blob id (SHA-1 of {@code "blob <size>\0"} and the bytes), by which a file in a
     * public repository is pinned.
     */
    public static String digest(Path file, String algorithm) {
        boolean git = algorithm.equals(DataFile.GIT_SHA1);
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                newDigest(git ? "SHA-1" : algorithm))) {
            if (git) {
                in.getMessageDigest().update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
            }
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
        return verify(file, List.of(spec), fix);
    }

    /**
     * Checks that {@code file} exists and matches one of the accepted pins (tried in order).
     *
     * @return the matching pin's checksum as recorded in manifests
     * @throws DataException naming the file, every expected and actual checksum, and the fix
     */
    public static String verify(Path file, List<DataFile> accepted, String fix) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Missing data file " + file + ". " + fix);
        }
        List<String> mismatches = new ArrayList<>();
        for (DataFile pin : accepted) {
            String actual = digest(file, pin.algorithm());
            if (actual.equals(pin.digest())) {
                return pin.recorded();
            }
            mismatches.add(pin.algorithm() + " is " + actual + " but expected " + pin.digest());
        }
        throw new DataException("Corrupt or wrong data file " + file + ": " + String.join("; ", mismatches) + ". "
                + fix);
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }
}
