package emergence.core.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A dataset folder whose every pinned file (or whose archive) was found and checked against its checksum.
 *
 * @param spec      the dataset
 * @param folder    where its files, or its archive, are
 * @param archive   the archive the files are read from, or empty when they lie in {@code folder}
 * @param checksums file name → verified checksum (recorded in run manifests)
 */
public record VerifiedDataset(DatasetSpec spec, Path folder, Optional<DataArchive> archive,
                              Map<String, String> checksums) {
    public VerifiedDataset {
        checksums = Map.copyOf(new TreeMap<>(checksums));
    }

    /** A dataset whose files lie in {@code folder}. */
    public VerifiedDataset(DatasetSpec spec, Path folder, Map<String, String> checksums) {
        this(spec, folder, Optional.empty(), checksums);
    }

    /**
     * Path of a pinned file in the folder.
     *
     * @throws IllegalStateException when the dataset is read from its archive (use {@link #open})
     */
    public Path file(String name) {
        spec.file(name);
        if (archive.isPresent()) {
            throw new IllegalStateException(spec.folder() + " is read from " + archive.get().file().name()
                    + "; open " + name + " as a stream");
        }
        return folder.resolve(name);
    }

    /** The bytes of a pinned file, or of the archive member standing for it. The caller closes the stream. */
    public InputStream open(String name) throws IOException {
        spec.file(name);
        if (archive.isEmpty()) {
            return new BufferedInputStream(Files.newInputStream(folder.resolve(name)), 1 << 16);
        }
        Path tarball = folder.resolve(archive.get().file().name());
        String member = archive.get().member(name);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tarball), 1 << 16)));
        try {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile() && e.getName().equals(member)) {
                    return new BufferedInputStream(tar, 1 << 16);
                }
            }
        } catch (IOException | RuntimeException e) {
            tar.close();
            throw e;
        }
        tar.close();
        throw new DataException(tarball + " has no member " + member + " although its checksum matched. "
                + "Report this; meanwhile use the unpacked files.");
    }
}
