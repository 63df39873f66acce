package emergence.lenet;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Metric;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.OutputKind;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.util.List;
import java.util.Map;

/**
 * The paper's §5 MNIST experiment on the paper's own LeNet family ({@link PaperLeNetFamily}: a fixed front end,
 * one dense layer of growing width), scored exactly as {@link LeNetMnist}: the same metrics, budget and tables, in
 * its own runs folder.
 */
public final class PaperLeNetMnist implements Experiment<PaperLeNetSize, ClassificationOutputs> {
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
    public DatasetSpec dataset() {
        return Mnist.SPEC;
    }

    @Override
    public FamilyPlan<PaperLeNetSize> plan(Profile profile) {
        return PaperLeNetFamily.plan(profile);
    }

    @Override
    public Trainer<PaperLeNetSize> trainer(VerifiedDataset data, Profile profile) {
        return MnistClassification.trainer(data, LeNetFamily.budget(profile));
    }

    @Override
    public OutputKind<ClassificationOutputs> outputs() {
        return ClassificationOutputs.KIND;
    }

    @Override
    public List<Metric<ClassificationOutputs>> metrics() {
        return MnistClassification.metrics();
    }

    @Override
    public FigureSet figures() {
        return new LeNetFigures(title());
    }

    @Override
    public ResolutionStudy<ClassificationOutputs> resolution() {
        return MnistClassification.resolution();
    }

    @Override
    public List<Prediction> predictions() {
        return MnistClassification.predictions();
    }

    @Override
    public List<Contrast> contrasts() {
        return MnistClassification.contrasts();
    }

    /** {@code reference}: seed means per size; {@code scores}: emergence scores, every size and 4. */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        return MnistClassification.referenceTables(summary, scores);
    }
}
