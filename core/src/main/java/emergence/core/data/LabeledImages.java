package emergence.core.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Images with integer labels, pixels as unsigned bytes in {@code [n][channels][rows][cols]} order.
 *
 * @param count    number of images
 * @param channels channels per image
 * @param rows     image height
 * @param cols     image width
 * @param pixels   {@code count·channels·rows·cols} unsigned bytes
 * @param labels   one label per image
 */
public record LabeledImages(int count, int channels, int rows, int cols, byte[] pixels, int[] labels) {
    public LabeledImages {
        if ((long) count * channels * rows * cols != pixels.length || labels.length != count) {
            throw new IllegalArgumentException("pixels/labels do not match " + count + "x" + channels + "x" + rows
                    + "x" + cols);
        }
    }

    /** {@code n} square images of random pixels and labels (for benchmarks), the same for the same arguments. */
    public static LabeledImages random(int n, int channels, int side, int classes) {
        Random rng = new Random(n);
        byte[] pixels = new byte[n * channels * side * side];
        rng.nextBytes(pixels);
        return new LabeledImages(n, channels, side, side, pixels, rng.ints(n, 0, classes).toArray());
    }

    /** Values per image. */
    public int imageSize() {
        return channels * rows * cols;
    }

    /** The first {@code n} images (all if {@code n ≥ count}). */
    public LabeledImages head(int n) {
        int m = Math.min(n, count);
        byte[] p = Arrays.copyOf(pixels, m * imageSize());
        int[] l = Arrays.copyOf(labels, m);
        return new LabeledImages(m, channels, rows, cols, p, l);
    }
}
