package emergence.core.metrics;

import emergence.core.outputs.ClassificationOutputs;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * K-of-K subset accuracy with the subsets cut from consecutive test items in the dataset's own order (by example
 * index; an example stored more than once, as an image in several Omniglot test sequences, appears that often in a
 * row) instead of a random permutation ({@link SubsetAccuracy}). Where the dataset groups related items — MNIST's
 * test file groups digits by writer, Omniglot orders its images by character, then drawer — errors cluster inside a
 * subset, so all-right subsets are more common than acc^K, the value for independent items: the same outputs, another
 * answer, because independence is a choice of how the subsets are cut (metric name {@value #NAME}).
 */
public final class ConsecutiveSubsetAccuracy implements Metric<ClassificationOutputs> {
    public static final String NAME = "subset_accuracy_consecutive";
    private final List<Integer> ks;

    /** @param ks subset sizes, each ≥ 1 */
    public ConsecutiveSubsetAccuracy(List<Integer> ks) {
        this.ks = PerK.validated(ks);
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
        int[] index = o.index();
        int[] order = IntStream.range(0, correct.length).boxed().sorted(Comparator.comparingInt(i -> index[i]))
                .mapToInt(Integer::intValue).toArray();
        return PerK.values(NAME, ks, k -> SubsetAccuracy.of(correct, order, k));
    }
}
