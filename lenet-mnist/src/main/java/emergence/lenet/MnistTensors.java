package emergence.lenet;

import emergence.core.data.LabeledImages;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** MNIST images as ND4J arrays: features {@code [n, 784]} normalised with MNIST's mean and std, one-hot labels. */
public record MnistTensors(INDArray features, INDArray oneHot, int[] labels) {
    public static final float MEAN = 0.1307f;
    public static final float STD = 0.3081f;

    public static MnistTensors of(LabeledImages images) {
        int n = images.count();
        int d = images.imageSize();
        float[] x = new float[n * d];
        byte[] p = images.pixels();
        for (int i = 0; i < x.length; i++) {
            x[i] = ((p[i] & 0xff) / 255f - MEAN) / STD;
        }
        float[] y = new float[n * LeNetNetwork.CLASSES];
        for (int i = 0; i < n; i++) {
            y[i * LeNetNetwork.CLASSES + images.labels()[i]] = 1f;
        }
        return new MnistTensors(Nd4j.create(x, new long[] {n, d}, 'c'),
                Nd4j.create(y, new long[] {n, LeNetNetwork.CLASSES}, 'c'), images.labels().clone());
    }

    public int count() {
        return labels.length;
    }

    /** Rows {@code rows} as images {@code [b,1,28,28]}. */
    public INDArray images(int[] rows) {
        return Nd4j.pullRows(features, 1, rows).reshape('c', rows.length, 1, LeNetNetwork.SIDE, LeNetNetwork.SIDE);
    }

    /** One-hot labels of {@code rows}. */
    public INDArray oneHot(int[] rows) {
        return Nd4j.pullRows(oneHot, 1, rows);
    }
}
