package emergence.training.nn;

import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What every model family's SameDiff graph needs: seeded initial weights and a parameter count. */
public final class Graphs {
    private Graphs() {
    }

    /**
     * A float array of the given shape drawn uniformly from ±1/sqrt(fan-in) (PyTorch's default for weights
     * and biases), from a Java-side generator so the weights depend on the seed alone, not on ND4J's
     * thread-dependent RNG.
     */
    public static INDArray uniform(SplittableRandom rng, long fanIn, long... shape) {
        double bound = 1.0 / Math.sqrt(fanIn);
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        float[] values = new float[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
        }
        return Nd4j.create(values, shape, 'c');
    }

    /** Trainable scalars, counted from the graph's variables. */
    public static long parameterCount(SameDiff graph) {
        return graph.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .mapToLong(v -> v.getArr().length()).sum();
    }
}
