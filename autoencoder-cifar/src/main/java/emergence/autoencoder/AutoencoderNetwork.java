package emergence.autoencoder;

import emergence.common.data.Cifar100;
import emergence.common.nn.Graphs;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A shallow autoencoder 3072 → h → 3072 as a SameDiff graph: {@code tanh(x·W1 + b1)·W2 + b2}, untied weights
 * with biases, h·(2·3072 + 1) + 3072 parameters. Weights are drawn on the Java side from the run's seed
 * (uniform ±1/sqrt(fan-in), PyTorch's default). Placeholders {@code input} and {@code target} (the same
 * images); outputs {@code per_image} (mean squared error of each image) and {@code loss} (their mean).
 */
public final class AutoencoderNetwork {
    public static final String INPUT = "input";
    public static final String TARGET = "target";
    public static final String PER_IMAGE = "per_image";
    public static final String LOSS = "loss";

    private final int hidden;
    private final SameDiff graph;

    private AutoencoderNetwork(int hidden, SameDiff graph) {
        this.hidden = hidden;
        this.graph = graph;
    }

    public static AutoencoderNetwork build(int hidden, long seed) {
        if (hidden < 1 || hidden > 65_536) {
            throw new IllegalArgumentException("hidden width must be in 1..65536, got " + hidden);
        }
        int d = Cifar100.PIXELS;
        SplittableRandom rng = new SplittableRandom(seed);
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder(INPUT, DataType.FLOAT, -1, d);
        SDVariable target = sd.placeHolder(TARGET, DataType.FLOAT, -1, d);
        SDVariable w1 = sd.var("encW", Graphs.uniform(rng, d, d, hidden));
        SDVariable b1 = sd.var("encb", Graphs.uniform(rng, d, hidden));
        SDVariable w2 = sd.var("decW", Graphs.uniform(rng, hidden, hidden, d));
        SDVariable b2 = sd.var("decb", Graphs.uniform(rng, hidden, d));
        SDVariable code = sd.math().tanh(x.mmul(w1).add(b1));
        SDVariable recon = code.mmul(w2).add("reconstruction", b2);
        SDVariable perImage = sd.math().squaredDifference(recon, target).mean(PER_IMAGE, 1);
        perImage.mean(LOSS);
        return new AutoencoderNetwork(hidden, sd);
    }

    public int hidden() {
        return hidden;
    }

    public SameDiff graph() {
        return graph;
    }

    /** Trainable scalars counted from the built graph. */
    public long parameterCount() {
        return Graphs.parameterCount(graph);
    }

    /** Per-image mean squared reconstruction error of {@code images} [B,3072]. */
    public INDArray perImageError(INDArray images) {
        return graph.batchOutput().input(INPUT, images).input(TARGET, images).output(PER_IMAGE).outputSingle();
    }
}
