package emergence.lenet;

import emergence.core.experiment.BenchCase;
import emergence.core.experiment.Benchmarked;
import emergence.core.experiment.ExperimentId;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import java.util.List;

/**
 * The paper's §5 MNIST experiment: the lab's LeNet family ({@link LeNetFamily}) trained once per size and seed,
 * scored by per-example accuracy (smooth) and by K-of-K subset accuracy (sharp) on the same stored predictions.
 */
public final class LeNetMnist extends MnistExperiment<LeNetSize> implements Benchmarked {
    public static final String NAME = "lenet-mnist";
    /** The paper's §5, first experiment. */
    public static final ExperimentId ID = new ExperimentId(NAME, "LeNet on MNIST", 5, 1);

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public FamilyPlan<LeNetSize> plan(Profile profile) {
        return LeNetFamily.plan(profile);
    }

    /**
     * Three sizes (smallest, c6-12-h24, largest) and the whole paper family × 3 seeds, the seeds of a small size
     * together in one graph as its sweep trains them; an epoch is 60,000 images.
     */
    @Override
    public List<BenchCase> benchCases(int examples, int warmup) {
        return LeNetBench.cases(examples, warmup);
    }
}
