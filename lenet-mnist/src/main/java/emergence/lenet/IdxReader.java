package emergence.lenet;

import emergence.core.data.DataException;
import emergence.core.data.Gzip;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads IDX files (the MNIST format), gzip-compressed or raw (detected from the first two bytes). Checks
 * the magic number, the dimensions and that the payload is exactly as long as the header says.
 * Written by hand: the format is 20 lines of spec and no maintained Java library reads it without DL4J's
 * heavyweight dataset fetchers (which download on their own and skip verification).
 */
public final class IdxReader {
    /** Magic number of an unsigned-byte IDX file with three dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an unsigned-byte IDX file with one dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Images of an IDX3 file as {@code [n][rows*cols]} unsigned bytes in a flat array, with its shape. */
    public static Images readImages(Path file) {
        return read(file, IMAGES_MAGIC, (in, dims) -> {
            long size = (long) dims[0] * dims[1] * dims[2];
            if (dims[1] <= 0 || dims[2] <= 0 || size > Integer.MAX_VALUE) {
                throw new DataException(file + ": impossible image shape " + dims[1] + "x" + dims[2]
                        + ". The file is not MNIST images; replace it with a verified copy.");
            }
            byte[] pixels = readFully(in, (int) size);
            return new Images(dims[0], dims[1], dims[2], pixels);
        });
    }

    /** Labels of an IDX1 file. */
    public static byte[] readLabels(Path file) {
        return read(file, LABELS_MAGIC, (in, dims) -> readFully(in, dims[0]));
    }

    /** Images as stored: {@code count} images of {@code rows × cols} unsigned bytes, row-major. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
    }

    private interface Body<T> {
        T read(DataInputStream in, int[] dims) throws IOException;
    }

    private static <T> T read(Path file, int magic, Body<T> body) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Missing IDX file " + file + ". Put the MNIST files there or pass --data-dir.");
        }
        try (DataInputStream in = new DataInputStream(Gzip.decompressedIfNeeded(
                Files.newInputStream(file)))) {
            int actual = in.readInt();
            if (actual != magic) {
                throw new DataException(String.format("%s: IDX magic number is 0x%08x, expected 0x%08x. "
                        + "The file is not the expected MNIST file; replace it with a verified copy.", file, actual,
                        magic));
            }
            int[] dims = new int[magic & 0xff];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 0) {
                    throw new DataException(file + ": negative dimension " + dims[i] + " in the IDX header.");
                }
            }
            T result = body.read(in, dims);
            if (in.read() != -1) {
                throw new DataException(file + ": trailing bytes after the " + dims[0]
                        + " records the header announces. Replace it with a verified copy.");
            }
            return result;
        } catch (EOFException e) {
            throw new DataException(file + " is truncated: it ends before the data its IDX header announces. "
                    + "Replace it with a verified copy.", e);
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage()
                    + ". Replace it with a verified copy.", e);
        }
    }

    private static byte[] readFully(DataInputStream in, int n) throws IOException {
        byte[] data = new byte[n];
        in.readFully(data);
        return data;
    }
}
