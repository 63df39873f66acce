package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.SequenceOutputs;
import java.util.List;

/**
 * L-of-L subset accuracy of a sequence classifier, as measured: the share of test sequences whose first L
 * images are all classified right (named {@code subset_accuracy}, argument L, like the K-of-K metric of
 * unordered test sets). Errors inside one sequence need not be independent, so this can differ from acc^L.
 */
public final class SequenceSubsetAccuracy implements Metric {
    private final List<Integer> lengths;

    /** @param lengths the L values, each ≥ 1 and at most the stored sequence length */
    public SequenceSubsetAccuracy(List<Integer> lengths) {
        this.lengths = PerK.validated(lengths);
    }

    @Override
    public String name() {
        return "subset_accuracy";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public List<MetricValue> evaluate(ExampleOutputs outputs) {
        int[] all = allRightPrefix(outputs);
        return PerK.values(name(), lengths, l -> (double) count(all, l) / all.length);
    }

    /** Wilson intervals over the test sequences. */
    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        int[] all = allRightPrefix(outputs);
        return lengths.stream().map(l -> IntervalValue.wilson(name(), Integer.toString(l), count(all, l),
                all.length)).toList();
    }

    /** Whether each test sequence, in order, has its first L images all right. */
    public boolean[] sequencesAllRight(ExampleOutputs outputs, int l) {
        int[] prefix = allRightPrefix(outputs);
        boolean[] all = new boolean[prefix.length];
        for (int s = 0; s < all.length; s++) {
            all[s] = prefix[s] >= l;
        }
        return all;
    }

    private static int count(int[] rightPrefix, int l) {
        int n = 0;
        for (int p : rightPrefix) {
            n += p >= l ? 1 : 0;
        }
        return n;
    }

    /** For each sequence, how many of its first images are right in a row (its right prefix). */
    private int[] allRightPrefix(ExampleOutputs o) {
        double[] sequence = o.values(SequenceOutputs.SEQUENCE);
        double[] position = o.values(SequenceOutputs.POSITION);
        boolean[] correct = Classification.correct(o);
        int sequences = (int) sequence[sequence.length - 1] + 1;
        int length = correct.length / sequences;
        if ((long) sequences * length != correct.length) {
            throw new IllegalArgumentException("stored outputs are not " + sequences + " whole sequences");
        }
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(1);
        if (longest > length) {
            throw new IllegalArgumentException("L=" + longest + " exceeds the stored sequence length " + length);
        }
        int[] prefix = new int[sequences];
        for (int i = 0; i < correct.length; i++) {
            int s = (int) sequence[i];
            if (s != i / length || (int) position[i] != i % length) {
                throw new IllegalArgumentException("stored outputs are not ordered by sequence and position at row "
                        + i);
            }
            if (correct[i] && prefix[s] == (int) position[i]) {
                prefix[s]++;
            }
        }
        return prefix;
    }
}
