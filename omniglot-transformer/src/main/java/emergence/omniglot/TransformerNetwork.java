package emergence.omniglot;

import emergence.training.nn.Blocks;
import emergence.training.nn.Graphs;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * A decoder-only (causal) transformer over sequences {@code [img1, lab1, …, imgL, labL]} as a SameDiff graph.
 * Images are embedded by two 3×3 convolutions (ReLU, 2×2 max-pooling) and a linear map to {@code d_model};
 * labels by a table; learned positional embeddings are added. Then pre-LayerNorm blocks of multi-head causal
 * self-attention and a GELU MLP (4·d_model), each with a residual; a final LayerNorm; a linear map to class
 * logits at every image position, trained with cross-entropy on that image's label.
 *
 * <p>Attention is written out (SameDiff M2.1's attention ops accept no causal mask): scores = q·kᵀ/√d_head plus
 * −1e9 above the diagonal, softmax, times v. A masked score's weight is exactly 0 in float, so outputs at
 * position t do not depend on any token after t, bit for bit (tested). Weights are drawn on the Java side from
 * the run's seed: linear and convolution weights and biases uniform ±1/sqrt(fan-in) (PyTorch's default),
 * embeddings uniform ±1/sqrt(d_model), LayerNorm gain 1 and bias 0.
 *
 * <p>Placeholders {@code images} [B, L, side²] (ink in [0, 1]) and {@code labels} [B, L, classes] (one-hot);
 * outputs {@code probs} [B·L, classes] (softmax at each image position) and {@code loss} (mean cross-entropy).
 */
public final class TransformerNetwork {
    public static final String IMAGES = "images";
    public static final String LABELS = "labels";
    public static final String PROBS = "probs";
    public static final String LOSS = "loss";

    private final TransformerSize size;
    private final SameDiff graph;

    private TransformerNetwork(TransformerSize size, SameDiff graph) {
        this.size = size;
        this.graph = graph;
    }

    /**
     * Builds the graph.
     *
     * @param classes  label vocabulary (output classes)
     * @param side     image side in pixels, divisible by 4
     * @param length   images per sequence (L)
     * @param dataType {@code FLOAT} to train, {@code DOUBLE} for gradient checks
     */
    public static TransformerNetwork build(TransformerSize size, int classes, int side, int length, long seed,
                                           DataType dataType) {
        if (classes < 2 || side < 4 || side % 4 != 0 || length < 1) {
            throw new IllegalArgumentException("need classes ≥ 2, side ≥ 4 divisible by 4, length ≥ 1; got classes="
                    + classes + ", side=" + side + ", length=" + length);
        }
        SameDiff sd = SameDiff.create();
        Blocks b = new Blocks(sd, new SplittableRandom(seed), dataType);
        int d = size.dModel();
        int tokens = 2 * length;
        SDVariable images = sd.placeHolder(IMAGES, dataType, -1, length, (long) side * side);
        SDVariable labels = sd.placeHolder(LABELS, dataType, -1, length, classes);

        int c1 = size.channels();
        int c2 = 2 * size.channels();
        SDVariable x = images.reshape(-1, 1, side, side);
        x = Blocks.convReluPool(sd, x, b.weight("conv1W", 9, 3, 3, 1, c1), b.weight("conv1b", 9, c1), 3,
                PaddingMode.SAME);
        x = Blocks.convReluPool(sd, x, b.weight("conv2W", 9L * c1, 3, 3, c1, c2), b.weight("conv2b", 9L * c1, c2), 3,
                PaddingMode.SAME);
        long flat = (long) c2 * (side / 4) * (side / 4);
        SDVariable imageTokens = b.linear("embed", x.reshape(-1, flat), flat, d);
        SDVariable labelTokens = labels.reshape(-1, classes).mmul(b.weight("labelTable", d, classes, d));
        // Interleave: [B·L, d] images and labels → [B, L, 2, d] → [B·2L, d] rows img1, lab1, img2, lab2, …
        SDVariable stream = sd.stack(1, imageTokens, labelTokens).reshape(-1, tokens, d)
                .add(b.weight("position", d, tokens, d)).reshape(-1, d);

        SDVariable causal = b.causalMask("causalMask", tokens);
        for (int layer = 0; layer < size.layers(); layer++) {
            stream = b.decoderBlock("block" + layer + "_", stream, causal, tokens, d, size.heads());
        }
        SDVariable out = b.layerNorm("lnFinal", stream, d).reshape(-1, length, 2, d)
                .get(SDIndex.all(), SDIndex.all(), SDIndex.point(0), SDIndex.all()).reshape(-1, d);
        SDVariable logits = b.linear("head", out, d, classes);
        sd.nn().softmax(PROBS, logits, 1);
        sd.loss().softmaxCrossEntropy(LOSS, labels.reshape(-1, classes), logits, null);
        return new TransformerNetwork(size, sd);
    }

    public TransformerSize size() {
        return size;
    }

    public SameDiff graph() {
        return graph;
    }

    /** Trainable scalars counted from the built graph. */
    public long parameterCount() {
        return Graphs.parameterCount(graph);
    }

    /** Class probabilities at every image position, [B·L, classes]. */
    public INDArray probabilities(INDArray images, INDArray labels) {
        return graph.batchOutput().input(IMAGES, images).input(LABELS, labels).output(PROBS).outputSingle();
    }
}
