package emergence.core.outputs;

import java.util.List;

/**
 * The outputs of an autoencoder on its test set: per test image its {@code index}, {@code label} and {@code mse}
 * (mean squared reconstruction error over its values). Stored as the columns {@value #INDEX}, {@value #LABEL},
 * {@value #MSE}.
 */
public record ReconstructionOutputs(int[] index, int[] label, double[] mse) {
    public static final String INDEX = "index";
    public static final String LABEL = "label";
    public static final String MSE = "mse";
    /** Reads the reconstruction columns of a stored table. */
    public static final OutputKind<ReconstructionOutputs> KIND = ReconstructionOutputs::of;

    public ReconstructionOutputs {
        if (index.length != label.length || label.length != mse.length) {
            throw new IllegalArgumentException("indices, labels and errors must have equal lengths");
        }
    }

    public static ReconstructionOutputs of(ExampleOutputs table) {
        return new ReconstructionOutputs(table.ints(INDEX), table.ints(LABEL), table.values(MSE));
    }

    /** The stored table. */
    public ExampleOutputs table() {
        return new ExampleOutputs(List.of(Column.ints(INDEX, index), Column.ints(LABEL, label),
                Column.reals(MSE, mse)));
    }
}
