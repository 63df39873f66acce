package emergence.lenet;

import emergence.core.data.TestDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A small MNIST stand-in in the original format (gzip IDX files of the same names) for tests on a machine without
 * MNIST: 28×28 grey images of 10 classes, each a bright 8×8 square at its class's place on a 4×3 grid, shifted by up
 * to 2 pixels, over noise; learnable by every LeNet the tests train, as MNIST is.
 */
final class MnistStandIn {
    static final int TRAIN = 2000;
    static final int TEST = 1000;

    private MnistStandIn() {
    }

    /** MNIST where the lab finds it, else this stand-in written under {@code scratch}. */
    static TestDataset find(Path scratch) {
        return TestDataset.find(Mnist.SPEC, scratch, MnistStandIn::write);
    }

    static void write(Path folder) throws IOException {
        SplittableRandom rng = new SplittableRandom(28);
        split(folder, Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS, TRAIN, rng);
        split(folder, Mnist.TEST_IMAGES, Mnist.TEST_LABELS, TEST, rng);
    }

    private static void split(Path folder, String images, String labels, int n, SplittableRandom rng)
            throws IOException {
        int side = LeNetNetwork.SIDE;
        byte[] pixels = new byte[n * side * side];
        byte[] classes = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = i % 10;
            classes[i] = (byte) c;
            int top = 2 + (c / 4) * 8 + rng.nextInt(-2, 3);
            int left = 2 + (c % 4) * 6 + rng.nextInt(-2, 3);
            for (int p = 0; p < side * side; p++) {
                int y = p / side;
                int x = p % side;
                boolean square = y >= top && y < top + 8 && x >= left && x < left + 8;
                pixels[i * side * side + p] = (byte) (square ? 200 + rng.nextInt(56) : rng.nextInt(40));
            }
        }
        Files.write(folder.resolve(images), IdxReaderTest.gzip(IdxReaderTest.idx(0x803, new int[] {n, side, side},
                pixels)));
        Files.write(folder.resolve(labels), IdxReaderTest.gzip(IdxReaderTest.idx(0x801, new int[] {n}, classes)));
    }
}
