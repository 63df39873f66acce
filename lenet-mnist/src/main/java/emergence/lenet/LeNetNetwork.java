package emergence.lenet;

import emergence.common.nn.Graphs;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/**
 * A LeNet family member as a SameDiff graph (the lab's training path). Weights are initialised on the Java
 * side from a seed (PyTorch's default: uniform ±1/sqrt(fan-in) for weights and biases), so the initial
 * network depends on the seed alone, not on ND4J's thread-dependent RNG.
 *
 * <p>Variables: {@code conv1W [5,5,1,c1]} (YXIO), {@code conv1b}, {@code conv2W [5,5,c1,c2]}, {@code conv2b},
 * {@code fc1W [16·c2,h]}, {@code fc1b}, {@code fc2W [h,10]}, {@code fc2b}. Placeholders {@code input
 * [B,1,28,28]} and {@code label [B,10]} (one-hot); outputs {@code logits}, {@code probs} and {@code loss}
 * (mean softmax cross-entropy).
 */
public final class LeNetNetwork {
    public static final int CLASSES = 10;
    public static final int SIDE = 28;
    public static final String INPUT = "input";
    public static final String LABEL = "label";
    public static final String PROBS = "probs";
    public static final String LOSS = "loss";
    /** Parameter names, in the order of {@link LeNetSize}'s layers. */
    public static final String[] PARAMS = {"conv1W", "conv1b", "conv2W", "conv2b", "fc1W", "fc1b", "fc2W", "fc2b"};

    private final LeNetSize size;
    private final SameDiff graph;

    private LeNetNetwork(LeNetSize size, SameDiff graph) {
        this.size = size;
        this.graph = graph;
    }

    /** Builds the graph with weights drawn from {@code seed}. */
    public static LeNetNetwork build(LeNetSize size, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int c1 = size.conv1();
        int c2 = size.conv2();
        int h = size.hidden();
        int flat = c2 * 4 * 4;
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, -1, 1, SIDE, SIDE);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, CLASSES);

        SDVariable conv1W = sd.var("conv1W", Graphs.uniform(rng, 25, 5, 5, 1, c1));
        SDVariable conv1b = sd.var("conv1b", Graphs.uniform(rng, 25, c1));
        SDVariable conv2W = sd.var("conv2W", Graphs.uniform(rng, 25L * c1, 5, 5, c1, c2));
        SDVariable conv2b = sd.var("conv2b", Graphs.uniform(rng, 25L * c1, c2));
        SDVariable fc1W = sd.var("fc1W", Graphs.uniform(rng, flat, flat, h));
        SDVariable fc1b = sd.var("fc1b", Graphs.uniform(rng, flat, h));
        SDVariable fc2W = sd.var("fc2W", Graphs.uniform(rng, h, h, CLASSES));
        SDVariable fc2b = sd.var("fc2b", Graphs.uniform(rng, h, CLASSES));

        SDVariable x = sd.nn().relu(sd.cnn().conv2d(input, conv1W, conv1b, conv()), 0);
        x = sd.cnn().maxPooling2d(x, pool());
        x = sd.nn().relu(sd.cnn().conv2d(x, conv2W, conv2b, conv()), 0);
        x = sd.cnn().maxPooling2d(x, pool());
        x = x.reshape(-1, flat);
        x = sd.nn().relu(x.mmul(fc1W).add(fc1b), 0);
        SDVariable logits = x.mmul(fc2W).add("logits", fc2b);
        sd.nn().softmax(PROBS, logits, 1);
        sd.loss().softmaxCrossEntropy(LOSS, label, logits, null);
        return new LeNetNetwork(size, sd);
    }

    private static Conv2DConfig conv() {
        return Conv2DConfig.builder().kH(5).kW(5).sH(1).sW(1).paddingMode(PaddingMode.VALID)
                .dataFormat("NCHW").weightsFormat(WeightsFormat.YXIO).build();
    }

    private static Pooling2DConfig pool() {
        return Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2).type(Pooling2D.Pooling2DType.MAX)
                .paddingMode(PaddingMode.VALID).isNHWC(false).build();
    }

    public LeNetSize size() {
        return size;
    }

    public SameDiff graph() {
        return graph;
    }

    /** Number of trainable scalars, counted from the built graph's variables. */
    public long parameterCount() {
        return Graphs.parameterCount(graph);
    }

    /** Class probabilities [B,10] for images [B,1,28,28]. */
    public INDArray predict(INDArray images) {
        return graph.batchOutput().input(INPUT, images).output(PROBS).outputSingle();
    }
}
