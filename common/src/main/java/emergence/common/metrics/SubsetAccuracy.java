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
        return PerK.values(name(), ks, k -> {
            boolean[] all = subsetsAllRight(outputs, k);
            return all.length == 0 ? Double.NaN : (double) count(all) / all.length;
        });
    }

    /** Wilson intervals over the M disjoint subsets: the resolution of a small test set made visible. */
    @Override
    public List<IntervalValue> intervals(ExampleOutputs outputs) {
        return ks.stream().map(k -> {
            boolean[] all = subsetsAllRight(outputs, k);
            return IntervalValue.wilson(name(), Integer.toString(k), count(all), all.length);
        }).toList();
    }

    /** Whether each of the ⌊N/K⌋ disjoint K-subsets of the fixed permutation, in order, is all right. */
    public boolean[] subsetsAllRight(ExampleOutputs outputs, int k) {
        boolean[] correct = Classification.correct(outputs);
        return allRight(correct, Seeds.permutation(correct.length, permutationSeed), k);
    }

    /** Whether each disjoint K-subset {order[sK..sK+K)} of the examples is all right; leftovers are dropped. */
    public static boolean[] allRight(boolean[] correct, int[] order, int k) {
        boolean[] all = new boolean[order.length / k];
        for (int s = 0; s < all.length; s++) {
            all[s] = true;
            for (int j = 0; j < k && all[s]; j++) {
                all[s] = correct[order[s * k + j]];
            }
        }
        return all;
    }

    static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
