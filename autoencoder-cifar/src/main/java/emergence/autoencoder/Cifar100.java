package emergence.autoencoder;

import emergence.core.data.DataArchive;
import emergence.core.data.DataException;
import emergence.core.data.DataFile;
import emergence.core.data.DatasetSpec;
import emergence.core.data.Gzip;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CIFAR-100 in its official binary format: records of 1 coarse-label byte, 1 fine-label byte and 3,072
 * pixel bytes (1,024 red, 1,024 green, 1,024 blue, each plane row-major), no header. The lab pins the gzip
 * copies of {@code train.bin} and {@code test.bin} (as in {@code ../shared/data/cifar100}) and the label
 * names, and accepts the publisher's {@code cifar-100-binary.tar.gz} in their place (pinned by the MD5 the
 * publisher gives; read without unpacking; downloadable with {@code --download}). Written by hand:
 * the format is one line of spec, and no maintained Java library reads it.
 */
public final class Cifar100 {
    public static final String TRAIN = "train.bin.gz";
    public static final String TEST = "test.bin.gz";
    public static final String FINE_NAMES = "fine_label_names.txt";
    public static final String COARSE_NAMES = "coarse_label_names.txt";
    public static final int SIDE = 32;
    public static final int CHANNELS = 3;
    public static final int PIXELS = CHANNELS * SIDE * SIDE;
    public static final int RECORD = 2 + PIXELS;
    public static final int FINE_CLASSES = 100;
    public static final int TRAIN_COUNT = 50_000;
    public static final int TEST_COUNT = 10_000;

    public static final DatasetSpec SPEC = new DatasetSpec("cifar100", List.of(
            new DataFile(TRAIN, "47209fdfcc587036cd2b02212dd5b5003939eacff7d7a2f87cf8deb470738759"),
            new DataFile(TEST, "6a531747189862662816225f95d8bb3bc0c24342888bcb5886b9577e1a48b9a4"),
            new DataFile(FINE_NAMES, "4a53f81a8af29bb6aa646bfe2c455db1b061edfde82a39c0cfc313ef536c681b"),
            new DataFile(COARSE_NAMES, "14e28b5b70e3d8a29704b0d9f8c5985cca5f3c3d08ea043dcc87a036df37a2b3")),
            Optional.empty(), Optional.of(new DataArchive(
                    new DataFile("cifar-100-binary.tar.gz", "MD5", "03b5dce01913d631647c71ecec9e9cb8"),
                    Optional.of(URI.create("https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz")),
                    Map.of(TRAIN, "cifar-100-binary/train.bin", TEST, "cifar-100-binary/test.bin",
                            FINE_NAMES, "cifar-100-binary/fine_label_names.txt",
                            COARSE_NAMES, "cifar-100-binary/coarse_label_names.txt"))));

    private Cifar100() {
    }

    /** One split of a verified copy, fine labels. */
    public static LabeledImages load(VerifiedDataset data, boolean train) {
        String name = train ? TRAIN : TEST;
        String source = data.folder().resolve(data.archive().map(a -> a.file().name() + "!/" + a.member(name))
                .orElse(name)).toString();
        try (InputStream in = data.open(name)) {
            return read(in, train ? TRAIN_COUNT : TEST_COUNT, source);
        } catch (IOException e) {
            throw new DataException("Cannot read " + source + ": " + e.getMessage()
                    + ". Replace it with a verified copy.", e);
        }
    }

    /** The 100 fine label names, index = label. */
    public static List<String> fineLabelNames(VerifiedDataset data) {
        try (InputStream in = data.open(FINE_NAMES)) {
            List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (names.size() != FINE_CLASSES) {
                throw new DataException(FINE_NAMES + " in " + data.folder() + " has " + names.size()
                        + " names, expected " + FINE_CLASSES + ". Replace it with a verified copy.");
            }
            return names;
        } catch (IOException e) {
            throw new DataException("Cannot read " + FINE_NAMES + " in " + data.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads exactly {@code count} records from a {@code .bin} or {@code .bin.gz} file.
     *
     * @throws DataException when the file is shorter or longer than {@code count} records or a label is out
     *                       of range
     */
    public static LabeledImages read(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Missing CIFAR-100 file " + file + ". Put it there or pass --data-dir.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, count, file.toString());
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage()
                    + ". Replace it with a verified copy.", e);
        }
    }

    /** Reads exactly {@code count} records from a raw or gzip stream; {@code source} names it in messages. */
    public static LabeledImages read(InputStream stream, int count, String source) {
        try (InputStream raw = Gzip.decompressedIfNeeded(stream); DataInputStream in = new DataInputStream(raw)) {
            byte[] pixels = new byte[count * PIXELS];
            int[] labels = new int[count];
            byte[] record = new byte[RECORD];
            for (int i = 0; i < count; i++) {
                in.readFully(record);
                int coarse = record[0] & 0xff;
                int fine = record[1] & 0xff;
                if (coarse >= 20 || fine >= FINE_CLASSES) {
                    throw new DataException(source + ": record " + i + " has labels " + coarse + "/" + fine
                            + " outside 0..19/0..99; the file is not CIFAR-100 binary. "
                            + "Replace it with a verified copy.");
                }
                labels[i] = fine;
                System.arraycopy(record, 2, pixels, i * PIXELS, PIXELS);
            }
            if (in.read() != -1) {
                throw new DataException(source + ": more than the " + count + " records of CIFAR-100. "
                        + "Replace it with a verified copy.");
            }
            return new LabeledImages(count, CHANNELS, SIDE, SIDE, pixels, labels);
        } catch (EOFException e) {
            throw new DataException(source + " is truncated: it holds fewer than " + count + " records of " + RECORD
                    + " bytes. Replace it with a verified copy.", e);
        } catch (IOException e) {
            throw new DataException("Cannot read " + source + ": " + e.getMessage()
                    + ". Replace it with a verified copy.", e);
        }
    }
}
