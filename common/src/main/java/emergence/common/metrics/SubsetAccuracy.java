package emergence.common.metrics;

import emergence.common.outputs.ExampleOutputs;
import emergence.common.sweep.Seeds;
import java.util.List;

/**
 * K-of-K subset accuracy as measured: the test set is shuffled once (a fixed permutation, the same for
 * every model, so all sizes are scored on the same subsets), cut into M = ⌊N/K⌋ disjoint subsets of K
 * examples, and the value is the share of subsets whose K examples are all right. Its resolution is 1/M.
 */
public final class SubsetAccuracy implements Metric {
    private final List<Integer> ks;
    private final long permutationSeed;

    /**
     * @param ks              subset sizes, each ≥ 1
     * @param permutationSeed seed of the fixed permutation of the test set
     */
    public SubsetAccuracy(List<Integer> ks, long permutationSeed) {
        this.ks = PerK.validated(ks);
        this.permutationSeed = permutationSeed;
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
        boolean[] correct = Classification.correct(outputs);
        int[] order = Seeds.permutation(correct.length, permutationSeed);
        return PerK.values(name(), ks, k -> estimate(correct, order, k).share());
    }

    /** Wilson intervals over the M disjoint subsets: the resolution of a small test set made visible. */
    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        boolean[] correct = Classification.correct(outputs);
        int[] order = Seeds.permutation(correct.length, permutationSeed);
        return ks.stream().map(k -> {
            Estimate e = estimate(correct, order, k);
            return IntervalValue.wilson(name(), Integer.toString(k), e.allRight(), e.subsets());
        }).toList();
    }

    /** Subsets with all K right, out of the number of subsets. */
    public record Estimate(int allRight, int subsets) {
        public double share() {
            return subsets == 0 ? Double.NaN : (double) allRight / subsets;
        }
    }

    /** The estimate for one K, on the given per-example correctness and permutation. */
    public static Estimate estimate(boolean[] correct, int[] order, int k) {
        int m = order.length / k;
        int hits = 0;
        for (int s = 0; s < m; s++) {
            boolean all = true;
            for (int j = 0; j < k && all; j++) {
                all = correct[order[s * k + j]];
            }
            hits += all ? 1 : 0;
        }
        return new Estimate(hits, m);
    }
}
