package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The transformer graph on the native build the lab uses: causal, repeatable, and with correct gradients. */
class TransformerNetworkTest {
    static final int CLASSES = 7;
    static final int SIDE = 8;
    static final int LENGTH = 5;

    static INDArray images(SplittableRandom rng, int batch, DataType type) {
        double[] v = new double[batch * LENGTH * SIDE * SIDE];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble();
        }
        return Nd4j.create(v, new long[] {batch, LENGTH, SIDE * SIDE}, 'c').castTo(type);
    }

    static INDArray labels(SplittableRandom rng, int batch, DataType type) {
        INDArray y = Nd4j.zeros(type, batch, LENGTH, CLASSES);
        for (int b = 0; b < batch; b++) {
            for (int l = 0; l < LENGTH; l++) {
                y.putScalar(new long[] {b, l, rng.nextInt(CLASSES)}, 1.0);
            }
        }
        return y;
    }

    static TransformerNetwork tiny(DataType type) {
        return TransformerNetwork.build(TransformerSize.of(8, 2, 2, 2), CLASSES, SIDE, LENGTH, 11, type);
    }

    @Test
    void outputsAtAnImagePositionIgnoreEveryLaterTokenBitForBit() {
        TransformerNetwork net = tiny(DataType.FLOAT);
        SplittableRandom rng = new SplittableRandom(3);
        INDArray x = images(rng, 2, DataType.FLOAT);
        INDArray y = labels(rng, 2, DataType.FLOAT);
        float[][] base = rows(net.probabilities(x, y));
        for (int t = 0; t < LENGTH; t++) {
            // Change this image's own label and every later image and label.
            INDArray x2 = x.dup();
            INDArray y2 = y.dup();
            for (int b = 0; b < 2; b++) {
                slot(y2, b, t).assign(otherLabel(slot(y, b, t)));
                for (int later = t + 1; later < LENGTH; later++) {
                    slot(x2, b, later).assign(rng.nextDouble());
                    slot(y2, b, later).assign(otherLabel(slot(y, b, later)));
                }
            }
            float[][] changed = rows(net.probabilities(x2, y2));
            boolean anyLaterDiffers = false;
            for (int b = 0; b < 2; b++) {
                for (int s = 0; s < LENGTH; s++) {
                    int row = b * LENGTH + s;
                    if (s <= t) {
                        assertArrayEquals(base[row], changed[row], 0f, "sequence " + b + ", image " + s
                                + " changed when tokens after image " + t + " changed");
                    } else if (!Arrays.equals(base[row], changed[row])) {
                        anyLaterDiffers = true;
                    }
                }
            }
            if (t < LENGTH - 1) {
                assertTrue(anyLaterDiffers, "later positions must see the changed tokens");
            }
        }
    }

    @Test
    void twoIdenticalForwardPassesAreIdentical() {
        TransformerNetwork net = tiny(DataType.FLOAT);
        SplittableRandom rng = new SplittableRandom(5);
        INDArray x = images(rng, 4, DataType.FLOAT);
        INDArray y = labels(rng, 4, DataType.FLOAT);
        float[][] first = rows(net.probabilities(x, y));
        for (int repeat = 0; repeat < 3; repeat++) {
            float[][] again = rows(net.probabilities(x.dup(), y.dup()));
            for (int r = 0; r < first.length; r++) {
                assertArrayEquals(first[r], again[r], 0f, "pass " + repeat + ", row " + r);
            }
        }
        float sum = 0;
        for (float p : first[0]) {
            sum += p;
        }
        assertEquals(1f, sum, 1e-5f);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            TransformerNetwork net = TransformerNetwork.build(TransformerSize.of(4, 1, 2, 1), CLASSES, SIDE, 2, 13,
                    DataType.DOUBLE);
            SplittableRandom rng = new SplittableRandom(7);
            Map<String, INDArray> ph = new HashMap<>();
            ph.put(TransformerNetwork.IMAGES, images(rng, 2, DataType.DOUBLE).get(NDArrayIndex.all(),
                    NDArrayIndex.interval(0, 2), NDArrayIndex.all()).dup());
            ph.put(TransformerNetwork.LABELS, labels(rng, 2, DataType.DOUBLE).get(NDArrayIndex.all(),
                    NDArrayIndex.interval(0, 2), NDArrayIndex.all()).dup());
            SameDiff sd = net.graph();
            sd.setLossVariables(TransformerNetwork.LOSS);
            List<String> params = sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                    .map(SDVariable::name).toList();
            Map<String, INDArray> grads = sd.calculateGradients(ph, params);
            int checked = 0;
            for (String name : params) {
                INDArray w = sd.getVariable(name).getArr();
                // Up to 6 entries per variable, spread over it, by central differences in double precision.
                for (long i = 0; i < w.length(); i += Math.max(1, w.length() / 6)) {
                    double saved = w.getDouble(i);
                    w.putScalar(i, saved + 1e-6);
                    double up = loss(sd, ph);
                    w.putScalar(i, saved - 1e-6);
                    double down = loss(sd, ph);
                    w.putScalar(i, saved);
                    double numeric = (up - down) / 2e-6;
                    double analytic = grads.get(name).getDouble(i);
                    assertEquals(numeric, analytic, 1e-6 + 1e-4 * Math.abs(numeric), name + "[" + i + "]");
                    checked++;
                }
            }
            assertTrue(checked > 100, "checked " + checked + " entries");
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }

    @Test
    void parameterCountComesFromTheGraph() {
        TransformerSize size = TransformerSize.of(8, 2, 2, 2);
        long d = 8;
        long conv = 9 * 2 + 2 + 9 * 2 * 4 + 4;
        long embed = 4L * (SIDE / 4) * (SIDE / 4) * d + d;
        long tables = CLASSES * d + 2L * LENGTH * d;
        long block = 4 * (d * d + d) + 2 * 2 * d + (d * 4 * d + 4 * d) + (4 * d * d + d);
        long head = 2 * d + d * CLASSES + CLASSES;
        assertEquals(conv + embed + tables + 2 * block + head, tiny(DataType.FLOAT).parameterCount());
        assertFalse(size.id().isEmpty());
    }

    static double loss(SameDiff sd, Map<String, INDArray> ph) {
        return sd.output(ph, TransformerNetwork.LOSS).get(TransformerNetwork.LOSS).getDouble(0);
    }

    /** The vector of sequence b, image t. */
    static INDArray slot(INDArray a, int b, int t) {
        return a.get(NDArrayIndex.point(b), NDArrayIndex.point(t), NDArrayIndex.all());
    }

    /** A one-hot vector of the next class after the one {@code oneHot} holds. */
    static INDArray otherLabel(INDArray oneHot) {
        INDArray other = Nd4j.zeros(oneHot.dataType(), CLASSES);
        other.putScalar((oneHot.argMax().getInt(0) + 1) % CLASSES, 1.0);
        return other;
    }

    static float[][] rows(INDArray m) {
        float[][] r = new float[(int) m.rows()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = m.getRow(i).toFloatVector();
        }
        return r;
    }
}
