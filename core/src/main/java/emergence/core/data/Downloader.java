package emergence.core.data;

import emergence.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a dataset into a folder — its files from the mirror, or else the publisher's archive — verifying
 * each download against its pinned checksum before it is moved into place: a file in the folder is always
 * complete and verified, never partial.
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

    /** Downloads every file of {@code spec} that {@code folder} lacks, or its archive when it has no mirror. */
    public void fetch(DatasetSpec spec, Path folder) {
        try {
            Files.createDirectories(folder);
            if (spec.mirror().isPresent()) {
                for (DataFile file : spec.files()) {
                    download(spec.mirror().get().resolve(file.name()), spec.download(file.name()), folder);
                }
            } else if (spec.archive().flatMap(DataArchive::source).isPresent()) {
                DataArchive archive = spec.archive().get();
                download(archive.source().get(), archive.file(), folder);
            } else {
                throw new DataException("Dataset " + spec.folder()
                        + " has no download source; put its files in a data folder.");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataException("Download of " + spec.folder() + " into " + folder + " failed: " + e.getMessage()
                    + ". Check the network or put the files in a data folder (see docs/commands.md, Data).", e);
        }
    }

    private void download(URI uri, DataFile file, Path folder) {
        Path target = folder.resolve(file.name());
        if (Files.isRegularFile(target)) {
            return;
        }
        LOG.info("downloading {}", uri);
        AtomicFiles.write(target, tmp -> {
            HttpResponse<Path> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofFile(tmp));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("download of " + uri + " interrupted");
            }
            if (response.statusCode() != 200) {
                throw new DataException("Download of " + uri + " failed with HTTP " + response.statusCode()
                        + ". Check the network or put the files in a data folder (see docs/commands.md, Data).");
            }
            Checksums.verify(tmp, file, "The download from " + uri + " is not the pinned file; "
                    + "try again later or put the files in a data folder (see docs/commands.md, Data).");
        });
    }
}
