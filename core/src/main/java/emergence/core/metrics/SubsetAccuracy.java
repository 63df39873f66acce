package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import emergence.core.sweep.Seeds;
import java.util.List;

/**
 * K-of-K subset accuracy as measured: the test set is shuffled once (a fixed permutation, the same for
 * every model, so all sizes are scored on the same subsets), cut into M = ⌊N/K⌋ disjoint subsets of K
 * examples, and the value is the share of subsets whose K examples are all right. Its resolution is 1/M.
 */
public final class SubsetAccuracy implements Metric<ClassificationOutputs> {
    public static final String NAME = "subset_accuracy";
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

    /** Share of the disjoint K-subsets {order[sK..sK+K)} whose examples are all right (NaN when there is none). */
    public static double of(boolean[] correct, int[] order, int k) {
        boolean[] all = allRight(correct, order, k);
        return all.length == 0 ? Double.NaN : (double) count(all) / all.length;
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
    public List<MetricValue> evaluate(ClassificationOutputs o) {
        boolean[] correct = o.correct();
        int[] order = Seeds.permutation(correct.length, permutationSeed);
        return PerK.values(NAME, ks, k -> of(correct, order, k));
    }

    /** Wilson intervals over the M disjoint subsets: the resolution of a small test set made visible. */
    @Override
    public List<IntervalValue> intervals(ClassificationOutputs o) {
        return ks.stream().map(k -> {
            boolean[] all = subsetsAllRight(o, k);
            return IntervalValue.wilson(NAME, Integer.toString(k), count(all), all.length);
        }).toList();
    }

    /** Whether each of the ⌊N/K⌋ disjoint K-subsets of the fixed permutation, in order, is all right. */
    public boolean[] subsetsAllRight(ClassificationOutputs o, int k) {
        boolean[] correct = o.correct();
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
