package emergence.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a dataset through a {@link DataLocator}, downloads it into the cache when allowed and not found,
 * and verifies every file's checksum (or its archive's) before anything reads it.
 */
public final class DatasetResolver {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetResolver.class);
    private final DataLocator locator;
    private final boolean download;
    private final Downloader downloader;

    public DatasetResolver(DataLocator locator, boolean download, Downloader downloader) {
        this.locator = locator;
        this.download = download;
        this.downloader = downloader;
    }

    /**
     * Locates (or downloads) and verifies the dataset; throws {@link DataException} with the fix otherwise. A
     * {@linkplain DatasetSpec#isGenerated generated} dataset needs no data folder: it resolves to one with no files.
     */
    public VerifiedDataset resolve(DatasetSpec spec) {
        if (spec.isGenerated()) {
            return new VerifiedDataset(spec, Path.of(spec.folder()), Map.of());
        }
        locator.checkEnvironment();
        Optional<Path> found = locator.find(spec);
        Path folder;
        if (found.isPresent()) {
            folder = found.get();
        } else if (download && !locator.hasExplicit()) {
            folder = locator.cacheFolder(spec);
            downloader.fetch(spec, folder);
        } else {
            throw new DataException("Dataset " + spec.folder() + " not found. Looked in: "
                    + String.join(", ", locator.describeSearch()) + ". Fix: pass --data-dir DIR (a folder holding "
                    + spec.folder() + "/), set " + DataLocator.ENV + ", or add --download to fetch it"
                    + " from the official source into the cache.");
        }
        String fix = "Fix: replace it with a verified copy of " + spec.folder()
                + (locator.hasExplicit() ? "." : ", or delete it and rerun with --download (which fetches the "
                + "official copy into the cache when no other copy is found).");
        Map<String, String> sums = new LinkedHashMap<>();
        Optional<DataArchive> archive = spec.archive()
                .filter(a -> !Files.isRegularFile(folder.resolve(spec.files().get(0).name())));
        if (archive.isPresent()) {
            DataFile tarball = archive.get().file();
            sums.put(tarball.name(), Checksums.verify(folder.resolve(tarball.name()), tarball, fix));
        } else {
            for (DataFile file : spec.files()) {
                sums.put(file.name(), Checksums.verify(folder.resolve(file.name()), spec.accepted(file.name()), fix));
            }
        }
        LOG.info("{}: verified copy in {}", spec.folder(), folder.toAbsolutePath().normalize());
        return new VerifiedDataset(spec, folder, archive, sums);
    }
}
