package emergence.core.metrics;

import emergence.core.outputs.SequenceOutputs;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per-image accuracy at each position of a sequence ({@value #NAME}, argument = 1-based position): whether a
 * causal model's accuracy depends on how many (image, label) pairs precede the image.
 */
public final class PositionAccuracy implements Metric<SequenceOutputs> {
    public static final String NAME = "accuracy_at_position";
    private final int length;

    /** @param length positions per stored sequence */
    public PositionAccuracy(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be ≥ 1, got " + length);
        }
        this.length = length;
    }

    /** Accuracy at each 0-based position 0..length-1 of the images' {@code position}s. */
    public static double[] of(boolean[] correct, int[] position, int length) {
        int[] right = new int[length];
        int[] total = new int[length];
        for (int i = 0; i < correct.length; i++) {
            int p = position[i];
            if (p >= length) {
                throw new IllegalArgumentException("position " + p + " beyond the sequence length " + length);
            }
            total[p]++;
            right[p] += correct[i] ? 1 : 0;
        }
        return IntStream.range(0, length).mapToDouble(p -> (double) right[p] / total[p]).toArray();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(SequenceOutputs o) {
        double[] acc = of(o.images().correct(), o.position(), length);
        return PerK.values(NAME, IntStream.rangeClosed(1, length).boxed().toList(), p -> acc[p - 1]);
    }
}
