package emergence.autoencoder;

import emergence.autoencoder.Cifar100;
import emergence.core.data.LabeledImages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * CIFAR-100 images as {@code [n, 3072]} float arrays (channel-major, as stored), each channel standardised
 * with the training set's mean and standard deviation.
 *
 * @param features standardised images
 * @param labels   fine labels
 */
public record CifarTensors(INDArray features, int[] labels) {

    /** Per-channel mean and standard deviation of pixel/255 over a set of images. */
    public record Standardization(double[] mean, double[] std) {
        public static Standardization of(LabeledImages train) {
            int plane = Cifar100.SIDE * Cifar100.SIDE;
            double[] mean = new double[Cifar100.CHANNELS];
            double[] std = new double[Cifar100.CHANNELS];
            byte[] p = train.pixels();
            for (int c = 0; c < Cifar100.CHANNELS; c++) {
                double s = 0;
                double ss = 0;
                for (int i = 0; i < train.count(); i++) {
                    int base = i * Cifar100.PIXELS + c * plane;
                    for (int j = 0; j < plane; j++) {
                        double v = (p[base + j] & 0xff) / 255.0;
                        s += v;
                        ss += v * v;
                    }
                }
                long n = (long) train.count() * plane;
                mean[c] = s / n;
                std[c] = Math.sqrt(ss / n - mean[c] * mean[c]);
            }
            return new Standardization(mean, std);
        }

        /** For the manifest. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mean_rgb", java.util.Arrays.toString(mean));
            m.put("std_rgb", java.util.Arrays.toString(std));
            return m;
        }
    }

    public static CifarTensors of(LabeledImages images, Standardization z) {
        int plane = Cifar100.SIDE * Cifar100.SIDE;
        float[] x = new float[images.count() * Cifar100.PIXELS];
        byte[] p = images.pixels();
        for (int i = 0; i < x.length; i++) {
            int c = (i % Cifar100.PIXELS) / plane;
            x[i] = (float) (((p[i] & 0xff) / 255.0 - z.mean()[c]) / z.std()[c]);
        }
        return new CifarTensors(Nd4j.create(x, new long[] {images.count(), Cifar100.PIXELS}, 'c'),
                images.labels().clone());
    }

    public int count() {
        return labels.length;
    }

    /** Rows {@code rows} as {@code [b, 3072]}. */
    public INDArray rows(int[] rows) {
        return Nd4j.pullRows(features, 1, rows);
    }
}
