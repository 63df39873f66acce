package emergence.lenet;

import emergence.core.data.DataException;
import emergence.core.data.DataFile;
import emergence.core.data.DatasetSpec;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * MNIST as the lab pins it: the four original gzip IDX files and their SHA-256.
 */
public final class Mnist {
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
    /** The mirror torchvision uses for the original files (yann.lecun.com rate-limits downloads). */
    public static final URI MIRROR = URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/");

    public static final DatasetSpec SPEC = new DatasetSpec("mnist", List.of(
            new DataFile(TRAIN_IMAGES, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
            new DataFile(TRAIN_LABELS, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
            new DataFile(TEST_IMAGES, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
            new DataFile(TEST_LABELS, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")),
            Optional.of(MIRROR));

    private Mnist() {
    }

    /** Reads one split ({@code train} or {@code test}) of a verified MNIST folder. */
    public static LabeledImages load(VerifiedDataset data, boolean train) {
        IdxReader.Images images = IdxReader.readImages(data.file(train ? TRAIN_IMAGES : TEST_IMAGES));
        byte[] labels = IdxReader.readLabels(data.file(train ? TRAIN_LABELS : TEST_LABELS));
        if (labels.length != images.count()) {
            throw new DataException("MNIST " + (train ? "train" : "test") + " has " + images.count()
                    + " images but " + labels.length + " labels. Replace the files with verified copies.");
        }
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] & 0xff;
            if (y[i] > 9) {
                throw new DataException("MNIST label " + y[i] + " at index " + i + " is outside 0..9.");
            }
        }
        return new LabeledImages(images.count(), 1, images.rows(), images.cols(), images.pixels(), y);
    }
}
