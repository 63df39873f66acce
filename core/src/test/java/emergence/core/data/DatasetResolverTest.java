package emergence.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetResolverTest {
    @TempDir
    Path tmp;

    static final byte[] A = "alpha file\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] B = "beta file\n".getBytes(StandardCharsets.UTF_8);

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static DatasetSpec spec() throws Exception {
        return new DatasetSpec("toy", List.of(new DataFile("a.bin", sha(A)), new DataFile("b.bin", sha(B))),
                Optional.empty());
    }

    private Path root(String name, boolean corruptB) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name).resolve("toy"));
        Files.write(folder.resolve("a.bin"), A);
        byte[] b = B.clone();
        if (corruptB) {
            b[0] ^= 1;
        }
        Files.write(folder.resolve("b.bin"), b);
        return folder.getParent();
    }

    private DataLocator locator(Optional<Path> explicit, Map<String, String> env) {
        return new DataLocator(explicit, env, tmp.resolve("cwd"), tmp.resolve("cache"));
    }

    @Test
    void explicitDirectoryWinsOverEnvironment() throws Exception {
        Path explicit = root("explicit", false);
        Path env = root("env", false);
        VerifiedDataset d = new DatasetResolver(locator(Optional.of(explicit),
                Map.of(DataLocator.ENV, env.toString())), false, new Downloader()).resolve(spec());
        assertEquals(explicit.resolve("toy"), d.folder());
        assertEquals(sha(A), d.checksums().get("a.bin"));
    }

    @Test
    void aGeneratedDatasetResolvesWithoutAnyDataFolderAndCannotBeDownloaded() {
        DatasetSpec generated = DatasetSpec.generated("sums");
        VerifiedDataset d = new DatasetResolver(locator(Optional.of(tmp.resolve("no-such-folder")), Map.of()), false,
                new Downloader()).resolve(generated);
        assertTrue(d.checksums().isEmpty());
        assertFalse(Files.exists(tmp.resolve("no-such-folder")) || Files.exists(tmp.resolve("cache")));
        assertThrows(IllegalArgumentException.class, () -> new DatasetSpec("sums", List.of(),
                Optional.of(URI.create("https://example.org/"))));
    }

    @Test
    void anEnvironmentRootThatIsNoFolderIsRefusedNotSkipped() throws Exception {
        root("env", false);
        DataException e = assertThrows(DataException.class, () -> new DatasetResolver(locator(Optional.empty(),
                Map.of(DataLocator.ENV, tmp.resolve("no-such-folder").toString())), false, new Downloader())
                .resolve(spec()));
        assertTrue(e.getMessage().contains("EMERGENCE_DATA=") && e.getMessage().contains("is not a folder"),
                e.getMessage());
    }

    @Test
    void environmentThenWorkingDirectoryOnly() throws Exception {
        Path env = root("env", false);
        assertEquals(env.resolve("toy"), locator(Optional.empty(), Map.of(DataLocator.ENV, env.toString()))
                .find(spec()).orElseThrow());
        Files.createDirectories(tmp.resolve("cwd"));
        // A sibling shared/data folder (a build environment's, not a user's) is not searched.
        root("shared/data", false);
        assertTrue(locator(Optional.empty(), Map.of()).find(spec()).isEmpty());
        Path local = root("cwd/data", false);
        assertEquals(local.resolve("toy"), locator(Optional.empty(), Map.of()).find(spec()).orElseThrow());
    }

    @Test
    void corruptFileIsRefusedNamingFileAndBothChecksums() throws Exception {
        Path explicit = root("explicit", true);
        DataException e = assertThrows(DataException.class, () -> new DatasetResolver(
                locator(Optional.of(explicit), Map.of()), false, new Downloader()).resolve(spec()));
        String m = e.getMessage();
        assertTrue(m.contains("b.bin") && m.contains(sha(B)) && m.contains("expected"), m);
        byte[] corrupt = B.clone();
        corrupt[0] ^= 1;
        assertTrue(m.contains(sha(corrupt)), m);
    }

    /** A tar.gz holding A and B under {@code toy-archive/}, and a spec accepting it in place of the files. */
    private static byte[] tarball(boolean corrupt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            // Fixed entry order and time: the same bytes on every call (the MD5 pin is computed from one call).
            for (var e : List.of(Map.entry("toy-archive/a.bin", A), Map.entry("toy-archive/b.bin", B))) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setModTime(0);
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        byte[] b = bytes.toByteArray();
        if (corrupt) {
            b[b.length / 2] ^= 1;
        }
        return b;
    }

    private static DatasetSpec archiveSpec(Optional<URI> source) throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(tarball(false)));
        DataArchive archive = new DataArchive(new DataFile("toy.tar.gz", "MD5", md5), source,
                Map.of("a.bin", "toy-archive/a.bin", "b.bin", "toy-archive/b.bin"));
        return new DatasetSpec("toy", spec().files(), Optional.empty(), Optional.of(archive));
    }

    @Test
    void publishersArchiveStandsInForTheFilesAndIsReadWithoutUnpacking() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("archived").resolve("toy"));
        Files.write(folder.resolve("toy.tar.gz"), tarball(false));
        VerifiedDataset d = new DatasetResolver(locator(Optional.of(folder.getParent()), Map.of()), false,
                new Downloader()).resolve(archiveSpec(Optional.empty()));
        assertTrue(d.archive().isPresent());
        assertEquals(Map.of("toy.tar.gz", "md5:" + archiveSpec(Optional.empty()).archive().orElseThrow()
                .file().digest()), d.checksums());
        try (InputStream in = d.open("b.bin")) {
            assertArrayEquals(B, in.readAllBytes());
        }
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "nothing unpacked");
        }
        Files.write(folder.resolve("toy.tar.gz"), tarball(true));
        DataException e = assertThrows(DataException.class, () -> new DatasetResolver(
                locator(Optional.of(folder.getParent()), Map.of()), false, new Downloader())
                .resolve(archiveSpec(Optional.empty())));
        assertTrue(e.getMessage().contains("toy.tar.gz") && e.getMessage().contains("MD5"), e.getMessage());
    }

    @Test
    void unpackedFilesWinOverTheArchive() throws Exception {
        Path root = root("both", false);
        Files.write(root.resolve("toy").resolve("toy.tar.gz"), tarball(true));
        VerifiedDataset d = new DatasetResolver(locator(Optional.of(root), Map.of()), false, new Downloader())
                .resolve(archiveSpec(Optional.empty()));
        assertTrue(d.archive().isEmpty());
        assertEquals(sha(A), d.checksums().get("a.bin"));
    }

    @Test
    void gitBlobIdIsWhatGitHashObjectPrints() throws Exception {
        Path f = Files.write(tmp.resolve("hello.txt"), "hello\n".getBytes(StandardCharsets.UTF_8));
        // `printf 'hello\n' | git hash-object --stdin`
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", Checksums.digest(f, DataFile.GIT_SHA1));
    }

    /** The toy dataset whose mirror serves b.bin re-packed: other bytes, pinned by their git blob id. */
    private static DatasetSpec publishedSpec(byte[] servedB, Optional<URI> mirror) throws Exception {
        Path tmpFile = Files.createTempFile("served", ".bin");
        try {
            Files.write(tmpFile, servedB);
            String blob = Checksums.digest(tmpFile, DataFile.GIT_SHA1);
            return new DatasetSpec("toy", spec().files(), mirror, Optional.empty(),
                    List.of(new DataFile("b.bin", DataFile.GIT_SHA1, blob)));
        } finally {
            Files.delete(tmpFile);
        }
    }

    @Test
    void theMirrorsOwnCopyIsAcceptedByItsPublishedPinAndDownloadedAgainstIt() throws Exception {
        byte[] served = "beta file, as the publisher packs it\n".getBytes(StandardCharsets.UTF_8);
        Path root = root("published", false);
        Files.write(root.resolve("toy").resolve("b.bin"), served);
        VerifiedDataset d = new DatasetResolver(locator(Optional.of(root), Map.of()), false, new Downloader())
                .resolve(publishedSpec(served, Optional.empty()));
        assertTrue(d.checksums().get("b.bin").startsWith("git:"), d.checksums().toString());
        assertEquals(sha(A), d.checksums().get("a.bin"));
        HttpServer server = serve(name -> name.equals("a.bin") ? A : name.equals("b.bin") ? served : null);
        try {
            VerifiedDataset downloaded = new DatasetResolver(locator(Optional.empty(), Map.of()), true,
                    new Downloader()).resolve(publishedSpec(served, Optional.of(mirror(server))));
            assertTrue(Files.isRegularFile(downloaded.folder().resolve("b.bin")));
        } finally {
            server.stop(0);
        }
        Files.write(root.resolve("toy").resolve("b.bin"), "neither copy".getBytes(StandardCharsets.UTF_8));
        DataException e = assertThrows(DataException.class, () -> new DatasetResolver(
                locator(Optional.of(root), Map.of()), false, new Downloader()).resolve(publishedSpec(served,
                Optional.empty())));
        assertTrue(e.getMessage().contains("SHA-256") && e.getMessage().contains("GIT-SHA1"), e.getMessage());
    }

    @Test
    void missingDatasetListsWhereItLookedAndTheFix() throws Exception {
        DataException e = assertThrows(DataException.class, () -> new DatasetResolver(
                locator(Optional.of(tmp.resolve("nowhere")), Map.of()), false, new Downloader()).resolve(spec()));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("--data-dir"), e.getMessage());
    }

    /** A loopback HTTP server answering {@code /mirror/NAME} with {@code files(NAME)}, 404 when null. */
    private static HttpServer serve(java.util.function.Function<String, byte[]> files) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/", exchange -> {
            byte[] body = files.apply(exchange.getRequestURI().getPath().substring("/mirror/".length()));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI mirror(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/");
    }

    @Test
    void downloadsIntoTheCacheFromALoopbackServerAndVerifies() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = serve(name -> {
            requests.incrementAndGet();
            return name.equals("a.bin") ? A : name.equals("b.bin") ? B : null;
        });
        try {
            DatasetSpec spec = spec().withMirror(mirror(server));
            VerifiedDataset d = new DatasetResolver(locator(Optional.empty(), Map.of()), true, new Downloader())
                    .resolve(spec);
            assertEquals(tmp.resolve("cache").resolve("toy"), d.folder());
            assertEquals(2, requests.get());
            // A second resolve finds the cached copy: no new request.
            new DatasetResolver(locator(Optional.empty(), Map.of()), true, new Downloader()).resolve(spec);
            assertEquals(2, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void downloadsThePublishersArchiveWhenThereIsNoMirror() throws Exception {
        byte[] archive = tarball(false);
        HttpServer server = serve(name -> name.equals("toy.tar.gz") ? archive : null);
        try {
            DatasetSpec spec = archiveSpec(Optional.of(mirror(server).resolve("toy.tar.gz")));
            VerifiedDataset d = new DatasetResolver(locator(Optional.empty(), Map.of()), true, new Downloader())
                    .resolve(spec);
            assertEquals(tmp.resolve("cache").resolve("toy"), d.folder());
            try (InputStream in = d.open("a.bin")) {
                assertArrayEquals(A, in.readAllBytes());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void downloadWithWrongContentLeavesNothingBehind() throws Exception {
        HttpServer server = serve(name -> "tampered".getBytes(StandardCharsets.UTF_8));
        try {
            DatasetSpec spec = spec().withMirror(mirror(server));
            DataException e = assertThrows(DataException.class, () -> new DatasetResolver(
                    locator(Optional.empty(), Map.of()), true, new Downloader()).resolve(spec));
            assertTrue(e.getMessage().contains("a.bin"), e.getMessage());
            try (var files = Files.list(tmp.resolve("cache").resolve("toy"))) {
                assertFalse(files.findAny().isPresent(), "partial download left in the cache");
            }
        } finally {
            server.stop(0);
        }
    }
}
