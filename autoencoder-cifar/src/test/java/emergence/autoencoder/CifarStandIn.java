package emergence.autoencoder;

import emergence.core.data.TestDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A CIFAR-100 stand-in in the lab's format (gzip binary records of the same names, label-name files) for tests on a
 * machine without CIFAR-100: as many records as the real splits (the reader checks the count), each image a smooth
 * colour gradient drawn from five numbers, so that a small autoencoder reconstructs it well, as it does CIFAR.
 */
final class CifarStandIn {
    private CifarStandIn() {
    }

    /** CIFAR-100 where the lab finds it, else this stand-in written under {@code scratch}. */
    static TestDataset find(Path scratch) {
        return TestDataset.find(Cifar100.SPEC, scratch, CifarStandIn::write);
    }

    static void write(Path folder) throws IOException {
        SplittableRandom rng = new SplittableRandom(100);
        split(folder.resolve(Cifar100.TRAIN), Cifar100.TRAIN_COUNT, rng);
        split(folder.resolve(Cifar100.TEST), Cifar100.TEST_COUNT, rng);
        Files.writeString(folder.resolve(Cifar100.FINE_NAMES), names("fine", Cifar100.FINE_CLASSES),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(Cifar100.COARSE_NAMES), names("coarse", 20), StandardCharsets.UTF_8);
    }

    private static String names(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + "_" + i).collect(Collectors.joining("\n", "", "\n"));
    }

    private static void split(Path file, int count, SplittableRandom rng) throws IOException {
        int side = Cifar100.SIDE;
        byte[] record = new byte[Cifar100.RECORD];
        try (OutputStream out = new FastGzip(Files.newOutputStream(file))) {
            for (int i = 0; i < count; i++) {
                record[0] = (byte) (i % 20);
                record[1] = (byte) (i % Cifar100.FINE_CLASSES);
                double ax = rng.nextDouble(-1, 1);
                double ay = rng.nextDouble(-1, 1);
                for (int c = 0; c < Cifar100.CHANNELS; c++) {
                    double tint = rng.nextDouble(-1, 1);
                    for (int p = 0; p < side * side; p++) {
                        double v = 128 + 60 * ax * (p % side - 15.5) / 16 + 60 * ay * (p / side - 15.5) / 16
                                + 40 * tint;
                        record[2 + c * side * side + p] = (byte) Math.max(0, Math.min(255, Math.round(v)));
                    }
                }
                out.write(record);
            }
        }
    }

    /** gzip at the fastest level: the stand-in's 150 MB are written in seconds. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
