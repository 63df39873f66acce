package emergence.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.DataArchive;
import emergence.core.data.DataException;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar100Test {
    @TempDir
    Path dir;

    /** {@code n} records: coarse label i % 20, fine label i % 100, pixel j of record i = (i + j) mod 256. */
    static byte[] records(int n) {
        byte[] b = new byte[n * Cifar100.RECORD];
        for (int i = 0; i < n; i++) {
            b[i * Cifar100.RECORD] = (byte) (i % 20);
            b[i * Cifar100.RECORD + 1] = (byte) (i % 100);
            for (int j = 0; j < Cifar100.PIXELS; j++) {
                b[i * Cifar100.RECORD + 2 + j] = (byte) (i + j);
            }
        }
        return b;
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    @Test
    void readsRawAndGzipRecordsWithFineLabelsAndChannelMajorPixels() throws IOException {
        byte[] raw = records(3);
        Path plain = Files.write(dir.resolve("t.bin"), raw);
        Path gz = Files.write(dir.resolve("t.bin.gz"), gzip(raw));
        for (Path f : new Path[] {plain, gz}) {
            LabeledImages images = Cifar100.read(f, 3);
            assertArrayEquals(new int[] {0, 1, 2}, images.labels());
            assertEquals(3, images.channels());
            assertEquals(32, images.rows());
            // record 2, green plane (offset 1024), first pixel: (2 + 1024) mod 256 = 2
            assertEquals(2, images.pixels()[2 * Cifar100.PIXELS + 1024] & 0xff);
            assertEquals((byte) (1 + 3071), images.pixels()[Cifar100.PIXELS + 3071]);
        }
    }

    @Test
    void truncatedAndOverlongFilesAreRefused() throws IOException {
        byte[] raw = records(3);
        Path shortFile = Files.write(dir.resolve("short.bin.gz"), gzip(Arrays.copyOf(raw, raw.length - 10)));
        DataException e = assertThrows(DataException.class, () -> Cifar100.read(shortFile, 3));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("short.bin.gz"), e.getMessage());
        Path longFile = Files.write(dir.resolve("long.bin"), raw);
        assertThrows(DataException.class, () -> Cifar100.read(longFile, 2));
    }

    @Test
    void outOfRangeLabelIsRefused() throws IOException {
        byte[] raw = records(2);
        raw[Cifar100.RECORD + 1] = (byte) 150;
        Path f = Files.write(dir.resolve("bad.bin"), raw);
        DataException e = assertThrows(DataException.class, () -> Cifar100.read(f, 2));
        assertTrue(e.getMessage().contains("record 1"), e.getMessage());
    }

    @Test
    void readsRecordsAndLabelNamesFromTheOfficialArchiveLayout() throws IOException {
        byte[] raw = records(4);
        String names = IntStream.range(0, Cifar100.FINE_CLASSES).mapToObj(i -> "class" + i + "\n")
                .collect(Collectors.joining());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (var e : Map.of("cifar-100-binary/train.bin", raw, "cifar-100-binary/fine_label_names.txt",
                    names.getBytes(StandardCharsets.UTF_8)).entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        Files.write(dir.resolve("cifar-100-binary.tar.gz"), bytes.toByteArray());
        DataArchive archive = Cifar100.SPEC.archive().orElseThrow();
        VerifiedDataset data = new VerifiedDataset(Cifar100.SPEC, dir, Optional.of(archive), Map.of());
        try (InputStream in = data.open(Cifar100.TRAIN)) {
            LabeledImages images = Cifar100.read(in, 4, "train");
            assertArrayEquals(new int[] {0, 1, 2, 3}, images.labels());
            assertEquals((byte) (3 + 5), images.pixels()[3 * Cifar100.PIXELS + 5]);
        }
        assertEquals("class99", Cifar100.fineLabelNames(data).get(99));
        DataException missing = assertThrows(DataException.class, () -> data.open(Cifar100.TEST).close());
        assertTrue(missing.getMessage().contains("cifar-100-binary/test.bin"), missing.getMessage());
    }
}
