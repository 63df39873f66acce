package emergence.lenet;

import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;

/**
 * The paper's §5 MNIST experiment on the paper's own LeNet family ({@link PaperLeNetFamily}: a fixed front end,
 * one dense layer of growing width), scored exactly as {@link LeNetMnist}: the same metrics, budget and tables, in
 * its own runs folder.
 */
public final class PaperLeNetMnist extends MnistExperiment<PaperLeNetSize> {
    public static final String NAME = "paper-lenet-mnist";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "LeNet on MNIST, the paper's family";
    }

    @Override
    public double order() {
        return 5.15;
    }

    @Override
    public FamilyPlan<PaperLeNetSize> plan(Profile profile) {
        return PaperLeNetFamily.plan(profile);
    }
}
