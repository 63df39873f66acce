package emergence.omniglot;

import emergence.core.data.LabeledImages;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One split of Omniglot as the transformer reads it: images as ink in [0, 1], {@code [n, side²]}, and their
 * labels; minibatches of sequences are gathered from it by image index.
 *
 * @param images  {@code [n, side²]} floats
 * @param labels  class of each image
 * @param classes label vocabulary
 */
public record OmniglotTensors(INDArray images, int[] labels, int classes) {
    /** The images at {@code rows} of {@code all}. */
    public static OmniglotTensors of(LabeledImages all, int[] rows, int classes) {
        int size = all.imageSize();
        float[] x = new float[rows.length * size];
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < size; j++) {
                x[i * size + j] = (all.pixels()[rows[i] * size + j] & 0xff) / 255f;
            }
            y[i] = all.labels()[rows[i]];
        }
        return new OmniglotTensors(Nd4j.create(x, new long[] {rows.length, size}, 'c'), y, classes);
    }

    public int count() {
        return labels.length;
    }

    /** Sequences of the images at {@code rows} (consecutive groups of {@code length}): [B, L, side²]. */
    public INDArray sequences(int[] rows, int length) {
        return Nd4j.pullRows(images, 1, rows).reshape(rows.length / length, length, images.columns());
    }

    /**
     * As {@link #sequences(int[], int)}, each image translated by its own draw of {@code shift} from {@code rng}
     * (training-time augmentation).
     */
    public INDArray sequences(int[] rows, int length, RandomShift shift, SplittableRandom rng) {
        INDArray gathered = sequences(rows, length);
        if (shift.max() == 0) {
            return gathered;
        }
        float[] x = gathered.data().asFloat();
        shift.apply(x, (int) Math.round(Math.sqrt(images.columns())), rng);
        return Nd4j.create(x, gathered.shape(), 'c');
    }

    /** One-hot labels of the images at {@code rows} as sequences: [B, L, classes]. */
    public INDArray oneHot(int[] rows, int length) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, rows.length, classes);
        for (int i = 0; i < rows.length; i++) {
            y.putScalar(i, labels[rows[i]], 1.0);
        }
        return y.reshape(rows.length / length, length, classes);
    }

    /** Labels of the images at {@code rows}. */
    public int[] labelsOf(int[] rows) {
        return Arrays.stream(rows).map(r -> labels[r]).toArray();
    }
}
