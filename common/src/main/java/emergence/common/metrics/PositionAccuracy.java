package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.SequenceOutputs;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per-image accuracy at each position of a sequence ({@code accuracy_at_position}, argument = 1-based
 * position): whether a causal model's accuracy depends on how many (image, label) pairs precede the image.
 */
public final class PositionAccuracy implements Metric {
    private final int length;

    /** @param length positions per stored sequence */
    public PositionAccuracy(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be ≥ 1, got " + length);
        }
        this.length = length;
    }

    @Override
    public String name() {
        return "accuracy_at_position";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        double[] position = outputs.values(SequenceOutputs.POSITION);
        boolean[] correct = Classification.correct(outputs);
        int[] right = new int[length];
        int[] total = new int[length];
        for (int i = 0; i < correct.length; i++) {
            int p = (int) position[i];
            if (p >= length) {
                throw new IllegalArgumentException("position " + p + " beyond the sequence length " + length);
            }
            total[p]++;
            right[p] += correct[i] ? 1 : 0;
        }
        return PerK.values(name(), IntStream.rangeClosed(1, length).boxed().toList(),
                p -> (double) right[p - 1] / total[p - 1]);
    }
}
