package emergence.common.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import emergence.common.outputs.TempNames;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a dataset's files into a folder, verifying each against its pinned SHA-256 before it is moved
 * into place: a file in the folder is always complete and verified, never partial.
 */
public final class Downloader {
    private static final Logger LOG = LoggerFactory.getLogger(Downloader.class);
    private final HttpClient client;

    public Downloader() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build());
    }

    public Downloader(HttpClient client) {
        this.client = client;
    }

    /** Downloads every file of {@code spec} that {@code folder} lacks. */
    public void fetch(DatasetSpec spec, Path folder) {
        URI base = spec.mirror().orElseThrow(() -> new DataException(
                "Dataset " + spec.folder() + " has no download source; put its files in a data folder."));
        try {
            Files.createDirectories(folder);
            for (DataFile file : spec.files()) {
                Path target = folder.resolve(file.name());
                if (Files.isRegularFile(target)) {
                    continue;
                }
                URI uri = base.resolve(file.name());
                LOG.info("downloading {}", uri);
                Path tmp = folder.resolve(TempNames.of(file.name()) + ".part");
                try {
                    HttpResponse<Path> response = client.send(HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofFile(tmp));
                    if (response.statusCode() != 200) {
                        throw new DataException("Download of " + uri + " failed with HTTP " + response.statusCode()
                                + ". Check the network or put the files in a data folder (see README, Data).");
                    }
                    Checksums.verify(tmp, file, "The download from " + uri + " is not the pinned file; "
                            + "try again later or use another mirror (--mirror).");
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            throw new DataException("Download of " + spec.folder() + " into " + folder + " failed: " + e.getMessage()
                    + ". Check the network or put the files in a data folder (see README, Data).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("Download of " + spec.folder() + " was interrupted.", e);
        }
    }
}
