package emergence.lenet;

import emergence.training.nn.BlockDiagonal;
import emergence.training.nn.Blocks;
import emergence.training.nn.Graphs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Members of one LeNet-style shape ({@link LeNetShape}) as one SameDiff graph (the lab's training path). The graph
 * holds S independent members (one per seed) side by side on the feature axes, every weight block-diagonal
 * ({@link BlockDiagonal}), so each op does S members' work per call: per-op overhead, not arithmetic,
 * dominates the small members of these families. Each member's loss is its own mean, so its gradients and Adam
 * steps are those of training it alone (tested). Weights are initialised on the Java side from each member's
 * seed (PyTorch's default: uniform ±1/sqrt(fan-in) for weights and biases, layer by layer from the input), so the
 * initial network depends on the seeds alone, not on ND4J's thread-dependent RNG.
 *
 * <p>Variables (S = 1 shown; S members stack on the last two axes): per convolution i = 1, 2, …
 * {@code conviW [k,k,in,out]} (YXIO) and {@code convib [out]}, then {@code fc1W [features,h]}, {@code fc1b},
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

    private final LeNetShape size;
    private final int members;
    private final SameDiff graph;
    private final String[] params;

    private LeNetNetwork(LeNetShape size, int members, SameDiff graph, String[] params) {
        this.size = size;
        this.members = members;
        this.graph = graph;
        this.params = params;
    }

    /** One member per seed, all of {@code size}. */
    public static LeNetNetwork build(LeNetShape size, long... seeds) {
        if (seeds.length < 1) {
            throw new IllegalArgumentException("a LeNet graph needs at least one seed");
        }
        int s = seeds.length;
        List<LeNetShape.Conv> convs = size.convs();
        int h = size.hidden();
        int flat = size.features();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= convs.size(); i++) {
            names.addAll(List.of("conv" + i + "W", "conv" + i + "b"));
        }
        names.addAll(List.of("fc1W", "fc1b", "fc2W", "fc2b"));
        String[] params = names.toArray(String[]::new);
        INDArray[][] init = new INDArray[params.length][s];
        for (int m = 0; m < s; m++) {
            SplittableRandom rng = new SplittableRandom(seeds[m]);
            int in = 1;
            int p = 0;
            for (LeNetShape.Conv c : convs) {
                long fanIn = (long) c.kernel() * c.kernel() * in;
                init[p++][m] = Graphs.uniform(rng, fanIn, c.kernel(), c.kernel(), in, c.channels());
                init[p++][m] = Graphs.uniform(rng, fanIn, c.channels());
                in = c.channels();
            }
            init[p++][m] = Graphs.uniform(rng, flat, flat, h);
            init[p++][m] = Graphs.uniform(rng, flat, h);
            init[p++][m] = Graphs.uniform(rng, h, h, CLASSES);
            init[p][m] = Graphs.uniform(rng, h, CLASSES);
        }
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, -1, s, SIDE, SIDE);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, s, CLASSES);
        SDVariable[] vars = new SDVariable[params.length];
        for (int p = 0; p < params.length; p++) {
            vars[p] = p % 2 == 0 ? BlockDiagonal.weight(sd, params[p], init[p]) : sd.var(params[p],
                    Nd4j.concat(0, init[p]));
        }

        SDVariable x = input;
        for (int i = 0; i < convs.size(); i++) {
            x = Blocks.convReluPool(sd, x, vars[2 * i], vars[2 * i + 1], convs.get(i).kernel(),
                    convs.get(i).same() ? PaddingMode.SAME : PaddingMode.VALID);
        }
        // [B, S·c, side, side] → [B, S·features]: member m's features in the order a single LeNet flattens them.
        x = x.reshape(-1, (long) s * flat);
        int fc = 2 * convs.size();
        x = sd.nn().relu(x.mmul(vars[fc]).add(vars[fc + 1]), 0);
        SDVariable logits = x.mmul(vars[fc + 2]).add("logits", vars[fc + 3]).reshape(-1, s, CLASSES);
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
        return new LeNetNetwork(size, s, sd, params);
    }

    public LeNetShape size() {
        return size;
    }

    /** Parameter names, input side first: {@code conv1W, conv1b, …, fc1W, fc1b, fc2W, fc2b}. */
    public String[] params() {
        return params.clone();
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
        for (String p : params) {
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
