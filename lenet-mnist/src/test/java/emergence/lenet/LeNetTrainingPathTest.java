package emergence.lenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.training.nn.QuietGradients;
import java.util.HashMap;
import java.util.Map;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The proof that the lab's training path (a SameDiff graph on the oneDNN native build) computes what
 * DL4J's reference layers compute: same weights in, same probabilities, loss and gradients out; and that it
 * is repeatable.
 */
@Tag("training")
class LeNetTrainingPathTest {
    private static final LeNetSize SIZE = new LeNetSize(3, 5, 7);

    /** DL4J's MultiLayerNetwork version of the same architecture. */
    static MultiLayerNetwork reference(LeNetSize s) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .convolutionMode(ConvolutionMode.Truncate).list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(s.conv1()).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(s.conv2()).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(s.hidden()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(28, 28, 1)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Copies the SameDiff weights into the reference network (conv weights YXIO → OIYX). */
    static void copyInto(LeNetNetwork sd, MultiLayerNetwork mln) {
        Map<String, String> names = Map.of("conv1W", "0_W", "conv1b", "0_b", "conv2W", "2_W", "conv2b", "2_b",
                "fc1W", "4_W", "fc1b", "4_b", "fc2W", "5_W", "fc2b", "5_b");
        names.forEach((sdName, mlnName) -> {
            INDArray w = sd.graph().getVariable(sdName).getArr();
            INDArray target = mln.getParam(mlnName);
            INDArray converted = w.rank() == 4 ? w.permute(3, 2, 0, 1).dup('c') : w.reshape(target.shape());
            mln.setParam(mlnName, converted);
        });
    }

    private static INDArray[] batch(int n, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.randn(DataType.FLOAT, n, 1, 28, 28);
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, 10);
        for (int i = 0; i < n; i++) {
            y.putScalar(i, (i * 7) % 10, 1f);
        }
        return new INDArray[] {x, y};
    }

    @Test
    void forwardPassMatchesDl4jReferenceLayers() {
        LeNetNetwork net = LeNetNetwork.build(SIZE, 42);
        MultiLayerNetwork mln = reference(SIZE);
        copyInto(net, mln);
        INDArray x = batch(16, 3)[0];
        INDArray expected = mln.output(x);
        INDArray actual = net.predict(x).reshape(expected.shape());
        assertArrayEquals(expected.shape(), actual.shape());
        assertTrue(expected.equalsWithEps(actual, 1e-5), "probabilities differ:\n" + expected + "\n" + actual);
        assertEquals(mln.numParams(), net.parameterCount());
    }

    @Test
    void lossAndGradientsMatchDl4jReferenceLayers() {
        LeNetNetwork net = LeNetNetwork.build(SIZE, 7);
        MultiLayerNetwork mln = reference(SIZE);
        copyInto(net, mln);
        INDArray[] b = batch(32, 5);
        mln.setInput(b[0]);
        mln.setLabels(b[1]);
        mln.computeGradientAndScore();
        Gradient g = mln.gradient();

        QuietGradients.create(net.graph());
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(LeNetNetwork.INPUT, b[0]);
        ph.put(LeNetNetwork.LABEL, b[1].reshape(b[1].size(0), 1, 10));
        double loss = net.graph().output(ph, LeNetNetwork.LOSS).get(LeNetNetwork.LOSS).getDouble(0);
        assertEquals(mln.score(), loss, 1e-5);
        Map<String, INDArray> grads = net.graph().calculateGradients(ph, net.params());
        Map<String, String> names = Map.of("conv1W", "0_W", "conv1b", "0_b", "conv2W", "2_W", "conv2b", "2_b",
                "fc1W", "4_W", "fc1b", "4_b", "fc2W", "5_W", "fc2b", "5_b");
        names.forEach((sdName, mlnName) -> {
            INDArray sdGrad = grads.get(sdName);
            // MultiLayerNetwork's raw gradient is summed over the minibatch (its updater divides later).
            INDArray ref = g.getGradientFor(mlnName).div(b[0].size(0));
            INDArray converted = sdGrad.rank() == 4 ? sdGrad.permute(3, 2, 0, 1).dup('c') : sdGrad.reshape(ref.shape());
            double scale = Math.max(1e-3, ref.norm2Number().doubleValue());
            double diff = converted.sub(ref).norm2Number().doubleValue();
            assertTrue(diff / scale < 1e-4, sdName + " gradient differs: relative " + diff / scale);
        });
    }

    @Test
    void membersStackedInOneGraphGetExactlyTheGradientsOfEachMemberAlone() {
        long[] seeds = {21, 22, 23};
        INDArray[] x = new INDArray[seeds.length];
        INDArray[] y = new INDArray[seeds.length];
        for (int m = 0; m < seeds.length; m++) {
            INDArray[] b = batch(8, 40 + m);
            x[m] = b[0];
            y[m] = b[1];
        }
        LeNetNetwork stacked = LeNetNetwork.build(SIZE, seeds);
        QuietGradients.create(stacked.graph());
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(LeNetNetwork.INPUT, Nd4j.concat(1, x));
        ph.put(LeNetNetwork.LABEL, Nd4j.stack(1, y));
        Map<String, INDArray> grads = stacked.graph().calculateGradients(ph, stacked.params());
        double blockNorms = 0;
        for (int m = 0; m < seeds.length; m++) {
            LeNetNetwork alone = LeNetNetwork.build(SIZE, seeds[m]);
            QuietGradients.create(alone.graph());
            Map<String, INDArray> one = new HashMap<>();
            one.put(LeNetNetwork.INPUT, x[m]);
            one.put(LeNetNetwork.LABEL, y[m].reshape(8, 1, 10));
            Map<String, INDArray> expected = alone.graph().calculateGradients(one, alone.params());
            INDArray conv1 = grads.get("conv1W").get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(m),
                    NDArrayIndex.interval(m * SIZE.conv1(), (m + 1) * SIZE.conv1()));
            INDArray fc2 = grads.get("fc2W").get(NDArrayIndex.interval(m * SIZE.hidden(), (m + 1) * SIZE.hidden()),
                    NDArrayIndex.interval(m * 10, (m + 1) * 10));
            assertTrue(conv1.equalsWithEps(expected.get("conv1W").reshape(conv1.shape()), 1e-6), "conv1W of " + m);
            assertTrue(fc2.equalsWithEps(expected.get("fc2W").reshape(fc2.shape()), 1e-6), "fc2W of " + m);
            blockNorms += Math.pow(conv1.norm2Number().doubleValue(), 2);
        }
        assertEquals(Math.sqrt(blockNorms), grads.get("conv1W").norm2Number().doubleValue(), 1e-6,
                "the gradient of conv1W is 0 outside the members' own blocks");
    }

    @Test
    void identicalForwardPassesAreBitIdentical() {
        LeNetNetwork net = LeNetNetwork.build(SIZE, 11);
        INDArray x = batch(64, 9)[0];
        INDArray first = net.predict(x).dup();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, net.predict(x), "forward pass " + i + " differs from the first");
        }
    }
}
