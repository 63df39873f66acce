package emergence.lenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.DataException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    static byte[] idx(int magic, int[] dims, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(payload);
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void readsRawAndGzipImagesAndLabels() throws IOException {
        byte[] pixels = new byte[2 * 3 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 10);
        }
        byte[] raw = idx(IdxReader.IMAGES_MAGIC, new int[] {2, 3, 4}, pixels);
        for (Path f : new Path[] {write("img", raw), write("img.gz", gzip(raw))}) {
            IdxReader.Images images = IdxReader.readImages(f);
            assertEquals(2, images.count());
            assertEquals(3, images.rows());
            assertEquals(4, images.cols());
            assertArrayEquals(pixels, images.pixels());
        }
        byte[] labels = {7, 2, 1};
        assertArrayEquals(labels, IdxReader.readLabels(write("lab.gz",
                gzip(idx(IdxReader.LABELS_MAGIC, new int[] {3}, labels)))));
    }

    @Test
    void truncatedFileIsRefusedWithItsName() throws IOException {
        byte[] raw = idx(IdxReader.IMAGES_MAGIC, new int[] {2, 28, 28}, new byte[2 * 784]);
        Path f = write("train-images.gz", gzip(Arrays.copyOf(raw, raw.length - 100)));
        DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains(f.toString()), e.getMessage());
    }

    @Test
    void wrongMagicIsRefused() throws IOException {
        Path f = write("labels", idx(IdxReader.IMAGES_MAGIC, new int[] {1, 1, 1}, new byte[1]));
        DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains("0x00000803") && e.getMessage().contains("0x00000801"), e.getMessage());
    }

    @Test
    void trailingBytesAreRefused() throws IOException {
        Path f = write("labels", idx(IdxReader.LABELS_MAGIC, new int[] {2}, new byte[3]));
        DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    @Test
    void corruptGzipIsRefused() throws IOException {
        byte[] gz = gzip(idx(IdxReader.LABELS_MAGIC, new int[] {1000}, new byte[1000]));
        gz[gz.length / 2] ^= 0x55;
        gz[gz.length / 2 + 1] ^= 0x55;
        Path f = write("labels.gz", gz);
        assertThrows(DataException.class, () -> IdxReader.readLabels(f));
    }

    @Test
    void missingFileIsRefused() {
        DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(dir.resolve("nope.gz")));
        assertTrue(e.getMessage().contains("nope.gz"), e.getMessage());
    }
}
