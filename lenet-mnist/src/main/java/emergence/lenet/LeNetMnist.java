package emergence.lenet;

import emergence.common.nn.AdamBudget;
import emergence.common.data.DatasetSpec;
import emergence.common.data.LabeledImages;
import emergence.common.data.Mnist;
import emergence.common.data.VerifiedDataset;
import emergence.common.metrics.Accuracy;
import emergence.common.metrics.Brier;
import emergence.common.metrics.CrossEntropy;
import emergence.common.metrics.ExpectedErrors;
import emergence.common.metrics.ExpectedSubsetAccuracy;
import emergence.common.metrics.Metric;
import emergence.common.metrics.SubsetAccuracy;
import emergence.common.sweep.Experiment;
import emergence.common.sweep.FamilyPlan;
import emergence.common.sweep.Profile;
import emergence.common.sweep.Trainer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The paper's §5 MNIST experiment: a LeNet family trained once per size and seed, scored by per-example
 * accuracy (smooth) and by K-of-K subset accuracy (sharp) on the same stored predictions.
 */
public final class LeNetMnist implements Experiment {
    public static final String NAME = "lenet-mnist";
    /** K = 1..10 for the subset metrics. */
    public static final List<Integer> KS = IntStream.rangeClosed(1, 10).boxed().toList();
    /** Seed of the fixed test-set permutation the measured subset accuracy cuts into K-subsets. */
    public static final long SUBSET_PERMUTATION_SEED = 17L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DatasetSpec dataset() {
        return Mnist.SPEC;
    }

    @Override
    public FamilyPlan plan(Profile profile) {
        return LeNetFamily.plan(profile);
    }

    @Override
    public Trainer trainer(VerifiedDataset data, Profile profile) {
        AdamBudget budget = LeNetFamily.budget(profile);
        LabeledImages train = Mnist.load(data, true).head(budget.trainExamples());
        LabeledImages test = Mnist.load(data, false);
        return new LeNetTrainer(MnistTensors.of(train), MnistTensors.of(test), budget);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Accuracy(), new CrossEntropy(), new Brier(),
                new SubsetAccuracy(KS, SUBSET_PERMUTATION_SEED), new ExpectedSubsetAccuracy(KS),
                new ExpectedErrors(KS));
    }
}
