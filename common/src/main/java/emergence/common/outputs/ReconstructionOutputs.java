package emergence.common.outputs;

import java.util.List;

/**
 * The stored-output schema of an autoencoder: per test image its {@code index}, {@code label} and
 * {@code mse} (mean squared reconstruction error over its values).
 */
public final class ReconstructionOutputs {
    public static final String INDEX = "index";
    public static final String LABEL = "label";
    public static final String MSE = "mse";

    private ReconstructionOutputs() {
    }

    public static ExampleOutputs of(int[] indices, int[] labels, double[] mse) {
        if (indices.length != labels.length || labels.length != mse.length) {
            throw new IllegalArgumentException("indices, labels and errors must have equal lengths");
        }
        return new ExampleOutputs(List.of(Column.ints(INDEX, indices), Column.ints(LABEL, labels),
                Column.reals(MSE, mse)));
    }
}
