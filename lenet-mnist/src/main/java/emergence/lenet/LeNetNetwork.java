package emergence.lenet;

import emergence.training.nn.BlockDiagonal;
import emergence.training.nn.Blocks;
import emergence.training.nn.Graphs;
import java.util.Collections;
import java.util.SplittableRandom;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * LeNet family members of one size as one SameDiff graph (the lab's training path). The graph holds S
 * independent members (one per seed) side by side on the feature axes, every weight block-diagonal
 * ({@link BlockDiagonal}), so each op does S members' work per call: per-op overhead, not arithmetic,
 * dominates the small members of this family. Each member's loss is its own mean, so its gradients and Adam
 * steps are those of training it alone (tested). Weights are initialised on the Java side from each member's
 * seed (PyTorch's default: uniform ±1/sqrt(fan-in) for weights and biases), so the initial network depends on
 * the seeds alone, not on ND4J's thread-dependent RNG.
 *
 * <p>Variables (S = 1 shown; S members stack on the last two axes): {@code conv1W [5,5,1,c1]} (YXIO),
 * {@code conv1b [c1]}, {@code conv2W [5,5,c1,c2]}, {@code conv2b}, {@code fc1W [16·c2,h]}, {@code fc1b},
 * {@code fc2W [h,10]}, {@code fc2b}. Placeholders {@code input [B,S,28,28]} (channel m: member m's images) and
 * {@code label [B,S,10]} (one-hot); outputs {@code probs [B,S,10]}, {@code member_loss [S]} (each member's mean
 * softmax cross-entropy) and {@code loss} (their sum).
 */
public final class LeNetNetwork {
    public static final int CLASSES = 10;
    public static final int SIDE = 28;
    public static final String INPUT = "input";
    public static final String LABEL = "label";
    public static final String PROBS = "probs";
    public static final String LOSS = "loss";
    public static final String MEMBER_LOSS = "member_loss";
    /** Parameter names, in the order of {@link LeNetSize}'s layers. */
    public static final String[] PARAMS = {"conv1W", "conv1b", "conv2W", "conv2b", "fc1W", "fc1b", "fc2W", "fc2b"};

    private final LeNetSize size;
    private final int members;
    private final SameDiff graph;

    private LeNetNetwork(LeNetSize size, int members, SameDiff graph) {
        this.size = size;
        this.members = members;
        this.graph = graph;
    }

    /** One member per seed, all of {@code size}. */
    public static LeNetNetwork build(LeNetSize size, long... seeds) {
        if (seeds.length < 1) {
            throw new IllegalArgumentException("a LeNet graph needs at least one seed");
        }
        int s = seeds.length;
        int c1 = size.conv1();
        int c2 = size.conv2();
        int h = size.hidden();
        int flat = c2 * 4 * 4;
        INDArray[][] init = new INDArray[PARAMS.length][s];
        for (int m = 0; m < s; m++) {
            SplittableRandom rng = new SplittableRandom(seeds[m]);
            init[0][m] = Graphs.uniform(rng, 25, 5, 5, 1, c1);
            init[1][m] = Graphs.uniform(rng, 25, c1);
            init[2][m] = Graphs.uniform(rng, 25L * c1, 5, 5, c1, c2);
            init[3][m] = Graphs.uniform(rng, 25L * c1, c2);
            init[4][m] = Graphs.uniform(rng, flat, flat, h);
            init[5][m] = Graphs.uniform(rng, flat, h);
            init[6][m] = Graphs.uniform(rng, h, h, CLASSES);
            init[7][m] = Graphs.uniform(rng, h, CLASSES);
        }
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, -1, s, SIDE, SIDE);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, s, CLASSES);
        SDVariable[] vars = new SDVariable[PARAMS.length];
        for (int p = 0; p < PARAMS.length; p++) {
            vars[p] = p % 2 == 0 ? BlockDiagonal.weight(sd, PARAMS[p], init[p]) : sd.var(PARAMS[p],
                    Nd4j.concat(0, init[p]));
        }

        SDVariable x = Blocks.convReluPool(sd, input, vars[0], vars[1], 5, PaddingMode.VALID);
        x = Blocks.convReluPool(sd, x, vars[2], vars[3], 5, PaddingMode.VALID);
        // [B, S·c2, 4, 4] → [B, S·16·c2]: member m's features in the order a single LeNet flattens them.
        x = x.reshape(-1, (long) s * flat);
        x = sd.nn().relu(x.mmul(vars[4]).add(vars[5]), 0);
        SDVariable logits = x.mmul(vars[6]).add("logits", vars[7]).reshape(-1, s, CLASSES);
        sd.nn().softmax(PROBS, logits, 2);
        SDVariable labels = label.reshape(-1, CLASSES);
        SDVariable flatLogits = logits.reshape(-1, CLASSES);
        // Each member's mean: the sum over all S·B rows weighted 1/B. The weight goes into the loss op because in
        // M2.1 a loss op's backprop ignores any op applied to its output: a mean per member after it left the
        // gradients B times too large, a ×S after a mean S times too small (against DL4J's reference layers and
        // against each member trained alone).
        SDVariable perRowWeight = sd.math().reciprocal(sd.sizeAt(label, 0).castTo(DataType.FLOAT));
        sd.loss().softmaxCrossEntropy(LOSS, labels, flatLogits, perRowWeight, LossReduce.SUM, 0.0);
        sd.loss().softmaxCrossEntropy("per_example", labels, flatLogits, null, LossReduce.NONE, 0.0)
                .reshape(-1, s).mean(MEMBER_LOSS, 0);
        sd.setLossVariables(LOSS);
        return new LeNetNetwork(size, s, sd);
    }

    public LeNetSize size() {
        return size;
    }

    /** Members (seeds) in the graph. */
    public int members() {
        return members;
    }

    public SameDiff graph() {
        return graph;
    }

    /** Trainable scalars of one member, counted from the built graph (a stacked weight's own blocks only). */
    public long parameterCount() {
        long live = 0;
        for (String p : PARAMS) {
            live += BlockDiagonal.liveParameters(graph, p);
        }
        return live / members;
    }

    /** Every member's class probabilities [B,S,10] for images [B,1,28,28]. */
    public INDArray predict(INDArray images) {
        return graph.batchOutput().input(INPUT, everyMember(images)).output(PROBS).outputSingle();
    }

    /** Each member's mean loss on images [B,1,28,28] with one-hot labels [B,10]. */
    public double[] loss(INDArray images, INDArray oneHot) {
        INDArray labels = Nd4j.stack(1, Collections.nCopies(members, oneHot).toArray(INDArray[]::new));
        return graph.batchOutput().input(INPUT, everyMember(images)).input(LABEL, labels).output(MEMBER_LOSS)
                .outputSingle().toDoubleVector();
    }

    /** Images [B,1,28,28] as every member's input [B,S,28,28]. */
    private INDArray everyMember(INDArray images) {
        return members == 1 ? images : images.repeat(1, members);
    }
}
