package emergence.training.nn;

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
import org.nd4j.linalg.factory.Nd4j;

/**
 * The model blocks the families share, written once: a convolution stage (convolution, ReLU, 2×2 max-pooling),
 * linear maps, LayerNorm and multi-head causal self-attention, on one SameDiff graph whose variables are drawn in
 * a fixed order from one seeded generator (weights and biases uniform ±1/sqrt(fan-in), PyTorch's default; LayerNorm
 * gain 1 and bias 0).
 */
public final class Blocks {
    /** Additive attention score above the diagonal: exp(−1e9 − max) is exactly 0 in float and double. */
    public static final double MASKED = -1e9;

    private final SameDiff sd;
    private final SplittableRandom rng;
    private final DataType dataType;

    /** Blocks on {@code sd}, drawing initial weights from {@code rng}, of {@code dataType}. */
    public Blocks(SameDiff sd, SplittableRandom rng, DataType dataType) {
        this.sd = sd;
        this.rng = rng;
        this.dataType = dataType;
    }

    /**
     * Convolution (NCHW input, YXIO weights, stride 1), ReLU, then 2×2 max-pooling with stride 2.
     *
     * @param kernel  the square kernel's side
     * @param padding {@code VALID} (shrinks by kernel − 1) or {@code SAME}
     */
    public static SDVariable convReluPool(SameDiff sd, SDVariable x, SDVariable weight, SDVariable bias, int kernel,
                                          PaddingMode padding) {
        Conv2DConfig conv = Conv2DConfig.builder().kH(kernel).kW(kernel).sH(1).sW(1).paddingMode(padding)
                .dataFormat("NCHW").weightsFormat(WeightsFormat.YXIO).build();
        Pooling2DConfig pool = Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2).type(Pooling2D.Pooling2DType.MAX)
                .paddingMode(PaddingMode.VALID).isNHWC(false).build();
        return sd.cnn().maxPooling2d(sd.nn().relu(sd.cnn().conv2d(x, weight, bias, conv), 0), pool);
    }

    /** A trainable variable of the given shape, uniform ±1/sqrt(fanIn). */
    public SDVariable weight(String name, long fanIn, long... shape) {
        return sd.var(name, Graphs.uniform(rng, fanIn, shape).castTo(dataType));
    }

    /** x·W + b of rows [N, in] → [N, out]. */
    public SDVariable linear(String name, SDVariable x, long in, long out) {
        return x.mmul(weight(name + "W", in, in, out)).add(weight(name + "b", in, out));
    }

    /** LayerNorm over the last axis (width {@code d}) with a trainable gain and bias. */
    public SDVariable layerNorm(String name, SDVariable x, int d) {
        return sd.nn().layerNorm(x, sd.var(name + "Gain", Nd4j.ones(dataType, d)),
                sd.var(name + "Bias", Nd4j.zeros(dataType, d)), false, 1);
    }

    /** The [tokens, tokens] additive causal mask: 0 on and below the diagonal, {@value #MASKED} above. */
    public SDVariable causalMask(String name, int tokens) {
        INDArray mask = Nd4j.zeros(dataType, tokens, tokens);
        for (int i = 0; i < tokens; i++) {
            for (int j = i + 1; j < tokens; j++) {
                mask.putScalar(i, j, MASKED);
            }
        }
        return sd.constant(name, mask);
    }

    /**
     * Multi-head causal self-attention of rows [B·T, d] → [B·T, d], written out (SameDiff M2.1's attention ops
     * take no causal mask): scores q·kᵀ/√d_head plus the mask, softmax, times v, then an output map.
     */
    public SDVariable causalSelfAttention(String p, SDVariable x, SDVariable causal, int tokens, int d, int heads) {
        int dh = d / heads;
        SDVariable q = heads(linear(p + "q", x, d, d), tokens, heads, dh);
        SDVariable k = heads(linear(p + "k", x, d, d), tokens, heads, dh);
        SDVariable v = heads(linear(p + "v", x, d, d), tokens, heads, dh);
        SDVariable scores = sd.mmul(q, k, false, true, false).mul(1.0 / Math.sqrt(dh)).add(causal);
        SDVariable mixed = sd.mmul(sd.nn().softmax(scores, 3), v).permute(0, 2, 1, 3).reshape(-1, d);
        return linear(p + "o", mixed, d, d);
    }

    /**
     * One pre-LayerNorm decoder block on rows [B·T, d]: x + attention(LayerNorm(x)), then + MLP(LayerNorm(·)) with a
     * GELU hidden layer of 4·d; its variables are named {@code prefix} + ln1, q, k, v, o, ln2, fc1, fc2.
     */
    public SDVariable decoderBlock(String prefix, SDVariable stream, SDVariable causal, int tokens, int d, int heads) {
        SDVariable x = stream.add(causalSelfAttention(prefix, layerNorm(prefix + "ln1", stream, d), causal, tokens, d,
                heads));
        SDVariable hidden = sd.nn().gelu(linear(prefix + "fc1", layerNorm(prefix + "ln2", x, d), d, 4L * d));
        return x.add(linear(prefix + "fc2", hidden, 4L * d, d));
    }

    /** [B·T, d] → [B, heads, T, d_head]. */
    private static SDVariable heads(SDVariable x, int tokens, int heads, int dh) {
        return x.reshape(-1, tokens, heads, dh).permute(0, 2, 1, 3);
    }
}
