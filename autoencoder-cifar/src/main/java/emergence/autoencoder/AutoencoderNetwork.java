package emergence.autoencoder;

import emergence.autoencoder.Cifar100;
import emergence.training.nn.Graphs;
import java.util.Collections;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Shallow autoencoders 3072 → h → 3072 as one SameDiff graph: {@code tanh(x·W1 + b1)·W2 + b2}, untied weights
 * with biases, h·(2·3072 + 1) + 3072 parameters each. The graph holds S independent members of one width (one
 * per seed) stacked on a leading member axis, so every op does S members' work per call: per-op overhead, not
 * arithmetic, dominates narrow members, and S members cost little more than one. Each member's loss is its own
 * mean, so its gradients and Adam steps are those of training it alone (tested). Weights are drawn on the Java
 * side from each member's seed (uniform ±1/sqrt(fan-in), PyTorch's default). Placeholders {@code input} and
 * {@code target} [S, B, 3072] (each member's own batch, twice); outputs {@code per_image} [S, B] (each image's
 * mean squared error) and {@code loss} (sum over members of their mean).
 */
public final class AutoencoderNetwork {
    public static final String INPUT = "input";
    public static final String TARGET = "target";
    public static final String PER_IMAGE = "per_image";
    public static final String LOSS = "loss";
    /** Each member's mean loss, [S]. */
    public static final String MEMBER_LOSS = "member_loss";

    private final int hidden;
    private final int members;
    private final SameDiff graph;

    private AutoencoderNetwork(int hidden, int members, SameDiff graph) {
        this.hidden = hidden;
        this.members = members;
        this.graph = graph;
    }

    /** One member per seed, all of width {@code hidden}. */
    public static AutoencoderNetwork build(int hidden, long... seeds) {
        if (hidden < 1 || hidden > 65_536) {
            throw new IllegalArgumentException("hidden width must be in 1..65536, got " + hidden);
        }
        if (seeds.length < 1) {
            throw new IllegalArgumentException("an autoencoder graph needs at least one seed");
        }
        int d = Cifar100.PIXELS;
        int s = seeds.length;
        INDArray[][] init = new INDArray[4][s];
        for (int m = 0; m < s; m++) {
            SplittableRandom rng = new SplittableRandom(seeds[m]);
            init[0][m] = Graphs.uniform(rng, d, d, hidden);
            init[1][m] = Graphs.uniform(rng, d, 1, hidden);
            init[2][m] = Graphs.uniform(rng, hidden, hidden, d);
            init[3][m] = Graphs.uniform(rng, hidden, 1, d);
        }
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder(INPUT, DataType.FLOAT, s, -1, d);
        SDVariable target = sd.placeHolder(TARGET, DataType.FLOAT, s, -1, d);
        SDVariable w1 = sd.var("encW", Nd4j.stack(0, init[0]));
        SDVariable b1 = sd.var("encb", Nd4j.stack(0, init[1]));
        SDVariable w2 = sd.var("decW", Nd4j.stack(0, init[2]));
        SDVariable b2 = sd.var("decb", Nd4j.stack(0, init[3]));
        SDVariable code = sd.math().tanh(x.mmul(w1).add(b1));
        SDVariable recon = code.mmul(w2).add("reconstruction", b2);
        // d·d with d = recon − target, rather than squaredDifference or square: the same numbers (bit for bit over
        // 40 Adam steps, all three) in less time. Profiled at h=1 with 3 members, the loss ops took 11–29 ms per
        // step as d·d, 32–33 as square (its backprop also differentiates the exponent) and 62–116 as
        // squaredDifference, out of 93–238 ms per step (two runs each, with another training job on the cores).
        SDVariable error = recon.sub(target);
        SDVariable perImage = error.mul(error).mean(PER_IMAGE, 2);
        perImage.mean(MEMBER_LOSS, 1).sum(LOSS);
        return new AutoencoderNetwork(hidden, s, sd);
    }

    public int hidden() {
        return hidden;
    }

    /** Members (seeds) in the graph. */
    public int members() {
        return members;
    }

    public SameDiff graph() {
        return graph;
    }

    /** Trainable scalars of one member, counted from the built graph. */
    public long parameterCount() {
        return Graphs.parameterCount(graph) / members;
    }

    /** Per-image mean squared reconstruction error of {@code images} [B, 3072] under every member: [S, B]. */
    public INDArray perImageError(INDArray images) {
        INDArray x = everyMember(images);
        return graph.batchOutput().input(INPUT, x).input(TARGET, x).output(PER_IMAGE).outputSingle();
    }

    /** Each member's mean training loss on {@code images} [B, 3072]. */
    public double[] loss(INDArray images) {
        INDArray x = everyMember(images);
        return graph.batchOutput().input(INPUT, x).input(TARGET, x).output(MEMBER_LOSS).outputSingle()
                .toDoubleVector();
    }

    private INDArray everyMember(INDArray images) {
        return Nd4j.stack(0, Collections.nCopies(members, images).toArray(INDArray[]::new));
    }
}
