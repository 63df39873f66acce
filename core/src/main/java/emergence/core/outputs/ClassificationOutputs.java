package emergence.core.outputs;

import java.util.List;

/**
 * The outputs of a classifier on its test set, one entry per test example: its {@code index} in the test set, true
 * {@code label}, {@code predicted} class, {@code pTrue} (probability of the true label) and {@code sumP2}
 * (Σ_k p_k², which with p_true gives the Brier score). Stored with the columns {@value #INDEX}, {@value #LABEL},
 * {@value #PREDICTED}, {@value #P_TRUE}, {@value #SUM_P2}.
 */
public record ClassificationOutputs(int[] index, int[] label, int[] predicted, double[] pTrue, double[] sumP2) {
    public static final String INDEX = "index";
    public static final String LABEL = "label";
    public static final String PREDICTED = "predicted";
    public static final String P_TRUE = "p_true";
    public static final String SUM_P2 = "sum_p2";
    /** Reads the classifier columns of a stored table. */
    public static final OutputKind<ClassificationOutputs> KIND = ClassificationOutputs::of;

    public ClassificationOutputs {
        int n = label.length;
        if (index.length != n || predicted.length != n || pTrue.length != n || sumP2.length != n) {
            throw new IllegalArgumentException("classifier outputs need one index, label, prediction, p_true and "
                    + "sum_p2 per example");
        }
    }

    /** The classifier columns of a stored table. */
    public static ClassificationOutputs of(ExampleOutputs table) {
        return new ClassificationOutputs(table.ints(INDEX), table.ints(LABEL), table.ints(PREDICTED),
                table.values(P_TRUE), table.values(SUM_P2));
    }

    /**
     * Builds the outputs from class probabilities: the prediction is the most probable class (the first on ties).
     *
     * @param indices test-set index of each row
     * @param labels  true label of each row
     * @param probs   row-major {@code rows × classes} probabilities
     * @param classes number of classes
     */
    public static ClassificationOutputs fromProbabilities(int[] indices, int[] labels, float[] probs, int classes) {
        int n = labels.length;
        if (indices.length != n || probs.length != (long) n * classes) {
            throw new IllegalArgumentException("expected " + n + " rows of " + classes + " probabilities");
        }
        int[] predicted = new int[n];
        double[] pTrue = new double[n];
        double[] sumP2 = new double[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double s = 0;
            for (int k = 0; k < classes; k++) {
                double p = probs[i * classes + k];
                s += p * p;
                if (p > probs[i * classes + best]) {
                    best = k;
                }
            }
            predicted[i] = best;
            pTrue[i] = probs[i * classes + labels[i]];
            sumP2[i] = (float) s;
        }
        return new ClassificationOutputs(indices, labels, predicted, pTrue, sumP2);
    }

    /** Test examples. */
    public int size() {
        return label.length;
    }

    /** Whether each example was classified correctly. */
    public boolean[] correct() {
        boolean[] c = new boolean[label.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = label[i] == predicted[i];
        }
        return c;
    }

    /** The stored table. */
    public ExampleOutputs table() {
        return new ExampleOutputs(columns());
    }

    List<Column> columns() {
        return List.of(Column.ints(INDEX, index), Column.ints(LABEL, label), Column.ints(PREDICTED, predicted),
                Column.reals(P_TRUE, pTrue), Column.reals(SUM_P2, sumP2));
    }
}
