package emergence.common.outputs;

import java.util.List;

/**
 * The stored-output schema of a classifier: per test example its {@code index}, {@code label},
 * {@code predicted} class, {@code p_true} (probability of the true label) and {@code sum_p2}
 * (Σ_k p_k², which with p_true gives the Brier score).
 */
public final class ClassificationOutputs {
    public static final String INDEX = "index";
    public static final String LABEL = "label";
    public static final String PREDICTED = "predicted";
    public static final String P_TRUE = "p_true";
    public static final String SUM_P2 = "sum_p2";

    private ClassificationOutputs() {
    }

    /**
     * Builds the table from class probabilities.
     *
     * @param indices test-set index of each row
     * @param labels  true label of each row
     * @param probs   row-major {@code rows × classes} probabilities
     * @param classes number of classes
     */
    public static ExampleOutputs fromProbabilities(int[] indices, int[] labels, float[] probs, int classes) {
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
        return new ExampleOutputs(List.of(Column.ints(INDEX, indices), Column.ints(LABEL, labels),
                Column.ints(PREDICTED, predicted), Column.reals(P_TRUE, pTrue), Column.reals(SUM_P2, sumP2)));
    }
}
