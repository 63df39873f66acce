package emergence.lenet;

import emergence.core.experiment.ExperimentId;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;

/**
 * The paper's §5 MNIST experiment on the paper's own LeNet family ({@link PaperLeNetFamily}: a fixed front end,
 * one dense layer of growing width), scored exactly as {@link LeNetMnist}: the same metrics, budget and tables, in
 * its own runs folder.
 */
public final class PaperLeNetMnist extends MnistExperiment<PaperLeNetSize> {
    public static final String NAME = "paper-lenet-mnist";
    /** The paper's §5, first experiment (after the lab's family, by name). */
    public static final ExperimentId ID = new ExperimentId(NAME, "LeNet on MNIST, the paper's family", 5, 1);

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public FamilyPlan<PaperLeNetSize> plan(Profile profile) {
        return PaperLeNetFamily.plan(profile);
    }
}
