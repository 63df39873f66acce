package emergence.teacher;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated dataset: points x ~ N(0, I) in {@value #INPUTS} dimensions labelled by a fixed random teacher, a
 * one-hidden-layer tanh network ({@value #INPUTS} → {@value #TEACHER_HIDDEN} → {@value #CLASSES}) whose label is the
 * class of its largest logit. Points whose two largest logits lie within {@value #MARGIN} of each other are dropped,
 * so that every kept label is unambiguous and a student wide enough can be right on nearly all of them. The first
 * {@value #TEST} kept points are the test set, the next ones the training pool; all of it is a pure function of
 * {@value #SEED} (plain Java, no native library).
 *
 * @param trainX training points, row-major, {@value #INPUTS} per point
 * @param trainY their labels
 * @param testX  test points, row-major
 * @param testY  their labels
 */
public record TeacherTask(float[] trainX, int[] trainY, float[] testX, int[] testY) {
    public static final int INPUTS = 8;
    public static final int TEACHER_HIDDEN = 16;
    public static final int CLASSES = 10;
    public static final double MARGIN = 1.0;
    public static final int TEST = 10_000;
    /** Seed of the teacher and the points (fixed: they are the dataset, not part of a run). */
    public static final long SEED = 23L;
    private static final double INPUT_GAIN = 2.0;
    private static final double OUTPUT_GAIN = 4.0;

    /** The test set and the first {@code train} training points. */
    public static TeacherTask draw(int train) {
        if (train < 1) {
            throw new IllegalArgumentException("train must be positive, got " + train);
        }
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] w1 = gaussians(rng, INPUTS * TEACHER_HIDDEN, INPUT_GAIN / Math.sqrt(INPUTS));
        double[] w2 = gaussians(rng, TEACHER_HIDDEN * CLASSES, OUTPUT_GAIN / Math.sqrt(TEACHER_HIDDEN));
        int n = TEST + train;
        float[] x = new float[n * INPUTS];
        int[] y = new int[n];
        double[] point = new double[INPUTS];
        for (int kept = 0; kept < n; ) {
            for (int j = 0; j < INPUTS; j++) {
                point[j] = rng.nextGaussian();
            }
            int label = label(point, w1, w2);
            if (label >= 0) {
                for (int j = 0; j < INPUTS; j++) {
                    x[kept * INPUTS + j] = (float) point[j];
                }
                y[kept++] = label;
            }
        }
        return new TeacherTask(Arrays.copyOfRange(x, TEST * INPUTS, n * INPUTS), Arrays.copyOfRange(y, TEST, n),
                Arrays.copyOf(x, TEST * INPUTS), Arrays.copyOf(y, TEST));
    }

    public int trainSize() {
        return trainY.length;
    }

    /** The teacher's class of a point, or −1 when its two largest logits are within the margin. */
    private static int label(double[] x, double[] w1, double[] w2) {
        double[] hidden = new double[TEACHER_HIDDEN];
        for (int h = 0; h < TEACHER_HIDDEN; h++) {
            double z = 0;
            for (int j = 0; j < INPUTS; j++) {
                z += x[j] * w1[j * TEACHER_HIDDEN + h];
            }
            hidden[h] = Math.tanh(z);
        }
        int best = 0;
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double z = 0;
            for (int h = 0; h < TEACHER_HIDDEN; h++) {
                z += hidden[h] * w2[h * CLASSES + c];
            }
            if (z > first) {
                second = first;
                first = z;
                best = c;
            } else if (z > second) {
                second = z;
            }
        }
        return first - second > MARGIN ? best : -1;
    }

    private static double[] gaussians(SplittableRandom rng, int n, double scale) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rng.nextGaussian() * scale;
        }
        return w;
    }
}
