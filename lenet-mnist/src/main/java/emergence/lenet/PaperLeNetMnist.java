package emergence.lenet;

import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Refinable;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import java.util.List;

/**
 * The paper's §5 MNIST experiment on the paper's own LeNet family ({@link PaperLeNetFamily}: a fixed front end,
 * one dense layer of growing width), scored exactly as {@link LeNetMnist}: the same metrics, budget and tables, in
 * its own runs folder.
 */
public final class PaperLeNetMnist extends MnistExperiment<PaperLeNetSize> implements Refinable<PaperLeNetSize> {
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

    @Override
    public List<PaperLeNetSize> between(PaperLeNetSize lower, PaperLeNetSize upper) {
        return PaperLeNetFamily.between(lower, upper);
    }

    @Override
    public SizeSpec<PaperLeNetSize> spec(PaperLeNetSize size, Profile profile) {
        return PaperLeNetFamily.spec(size);
    }

    @Override
    public Class<PaperLeNetSize> sizeType() {
        return PaperLeNetSize.class;
    }

    @Override
    public String knob() {
        return "every width w of the dense layer between two members' (the front end fixed)";
    }
}
