package emergence.arithmetic;

import emergence.training.nn.Blocks;
import emergence.training.nn.Graphs;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A decoder-only (causal) transformer over the {@link Tokens} of a problem, as a SameDiff graph: a token table and
 * learned positional embeddings, then pre-LayerNorm blocks of multi-head causal self-attention and a GELU MLP
 * (4·d_model), each with a residual (the lab's {@link Blocks}), a final LayerNorm and a linear map to next-token
 * logits at every position. Trained with cross-entropy on the answer tokens only (the end token included): the
 * label rows of other positions are all zero, so they add nothing to the loss or its gradient.
 *
 * <p>Placeholders {@code tokens} [B, {@value Tokens#CONTEXT}, {@value Tokens#VOCABULARY}] (one-hot) and
 * {@code labels} [B·{@value Tokens#CONTEXT}, {@value Tokens#VOCABULARY}]; outputs {@code probs}
 * [B·{@value Tokens#CONTEXT}, {@value Tokens#VOCABULARY}] (next-token softmax at each position) and {@code loss}
 * (mean cross-entropy over all positions).
 */
public final class ArithmeticNetwork {
    public static final String TOKENS = "tokens";
    public static final String LABELS = "labels";
    public static final String PROBS = "probs";
    public static final String LOSS = "loss";

    private final SameDiff graph;

    private ArithmeticNetwork(SameDiff graph) {
        this.graph = graph;
    }

    /**
     * Builds the graph, its weights drawn from {@code seed} (see {@link Blocks}; embeddings uniform ±1/sqrt(d_model)).
     *
     * @param dataType {@code FLOAT} to train, {@code DOUBLE} for gradient checks
     */
    public static ArithmeticNetwork build(ArithmeticSize size, long seed, DataType dataType) {
        SameDiff sd = SameDiff.create();
        Blocks b = new Blocks(sd, new SplittableRandom(seed), dataType);
        int d = size.dModel();
        int t = Tokens.CONTEXT;
        int v = Tokens.VOCABULARY;
        SDVariable tokens = sd.placeHolder(TOKENS, dataType, -1, t, v);
        SDVariable labels = sd.placeHolder(LABELS, dataType, -1, v);
        SDVariable stream = tokens.reshape(-1, v).mmul(b.weight("tokenTable", d, v, d)).reshape(-1, t, d)
                .add(b.weight("position", d, t, d)).reshape(-1, d);
        SDVariable causal = b.causalMask("causalMask", t);
        for (int layer = 0; layer < size.layers(); layer++) {
            stream = b.decoderBlock("block" + layer + "_", stream, causal, t, d, size.heads());
        }
        SDVariable logits = b.linear("head", b.layerNorm("lnFinal", stream, d), d, v);
        sd.nn().softmax(PROBS, logits, 1);
        sd.loss().softmaxCrossEntropy(LOSS, labels, logits, null);
        return new ArithmeticNetwork(sd);
    }

    public SameDiff graph() {
        return graph;
    }

    /** Trainable scalars counted from the built graph. */
    public long parameterCount() {
        return Graphs.parameterCount(graph);
    }

    /** Next-token probabilities at every position, [B·{@value Tokens#CONTEXT}, {@value Tokens#VOCABULARY}]. */
    public INDArray probabilities(INDArray oneHotTokens) {
        return graph.batchOutput().input(TOKENS, oneHotTokens).output(PROBS).outputSingle();
    }
}
