package emergence.common.metrics;

import emergence.common.outputs.ClassificationOutputs;
import emergence.common.outputs.ExampleOutputs;

/** Per-example quantities of the classifier schema ({@link ClassificationOutputs}) that several metrics share. */
final class Classification {
    private Classification() {
    }

    /** Whether each example was classified correctly. */
    static boolean[] correct(ExampleOutputs o) {
        double[] label = o.values(ClassificationOutputs.LABEL);
        double[] predicted = o.values(ClassificationOutputs.PREDICTED);
        boolean[] c = new boolean[label.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = label[i] == predicted[i];
        }
        return c;
    }

    static double accuracy(ExampleOutputs o) {
        boolean[] c = correct(o);
        int n = 0;
        for (boolean b : c) {
            n += b ? 1 : 0;
        }
        return (double) n / c.length;
    }
}
