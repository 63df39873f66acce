package emergence.core.metrics;

import emergence.core.outputs.SequenceOutputs;
import java.util.List;

/**
 * L-of-L subset accuracy of a sequence classifier, as measured: the share of test sequences whose first L
 * images are all classified right (named {@value #NAME}, argument L, like the K-of-K metric of unordered test
 * sets). Errors inside one sequence need not be independent, so this can differ from acc^L.
 */
public final class SequenceSubsetAccuracy implements Metric<SequenceOutputs> {
    public static final String NAME = SubsetAccuracy.NAME;
    private final List<Integer> lengths;

    /** @param lengths the L values, each ≥ 1 and at most the stored sequence length */
    public SequenceSubsetAccuracy(List<Integer> lengths) {
        this.lengths = PerK.validated(lengths);
    }

    /**
     * For each sequence, how many of its first images are right in a row (its right prefix).
     *
     * @param correct  whether each image is right, ordered by sequence, then position
     * @param sequence each image's sequence id 0, 0, …, 1, 1, …
     * @param position each image's 0-based position in its sequence
     */
    public static int[] rightPrefix(boolean[] correct, int[] sequence, int[] position) {
        int sequences = sequence[sequence.length - 1] + 1;
        int length = correct.length / sequences;
        if ((long) sequences * length != correct.length) {
            throw new IllegalArgumentException("stored outputs are not " + sequences + " whole sequences");
        }
        int[] prefix = new int[sequences];
        for (int i = 0; i < correct.length; i++) {
            int s = sequence[i];
            if (s != i / length || position[i] != i % length) {
                throw new IllegalArgumentException("stored outputs are not ordered by sequence and position at row "
                        + i);
            }
            if (correct[i] && prefix[s] == position[i]) {
                prefix[s]++;
            }
        }
        return prefix;
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
        int[] prefix = checkedPrefix(o);
        return PerK.values(NAME, lengths, l -> (double) count(prefix, l) / prefix.length);
    }

    /** Wilson intervals over the test sequences. */
    @Override
    public List<IntervalValue> intervals(SequenceOutputs o) {
        int[] prefix = checkedPrefix(o);
        return lengths.stream().map(l -> IntervalValue.wilson(NAME, Integer.toString(l), count(prefix, l),
                prefix.length)).toList();
    }

    /** Whether each test sequence, in order, has its first L images all right. */
    public boolean[] sequencesAllRight(SequenceOutputs o, int l) {
        int[] prefix = checkedPrefix(o);
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

    private int[] checkedPrefix(SequenceOutputs o) {
        int length = o.images().size() / (o.sequence()[o.sequence().length - 1] + 1);
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(1);
        if (longest > length) {
            throw new IllegalArgumentException("L=" + longest + " exceeds the stored sequence length " + length);
        }
        return rightPrefix(o.images().correct(), o.sequence(), o.position());
    }
}
