package emergence.lenet;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.BenchCase;
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
 * The paper's §5 MNIST experiment: a LeNet family trained once per size and seed, scored by per-example
 * accuracy (smooth) and by K-of-K subset accuracy (sharp) on the same stored predictions.
 */
public final class LeNetMnist implements Experiment<LeNetSize, ClassificationOutputs> {
    public static final String NAME = "lenet-mnist";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "LeNet on MNIST";
    }

    @Override
    public double order() {
        return 5.1;
    }

    @Override
    public DatasetSpec dataset() {
        return Mnist.SPEC;
    }

    @Override
    public FamilyPlan<LeNetSize> plan(Profile profile) {
        return LeNetFamily.plan(profile);
    }

    @Override
    public Trainer<LeNetSize> trainer(VerifiedDataset data, Profile profile) {
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

    /**
     * Three sizes (smallest, c6-12-h24, largest) and the whole paper family × 3 seeds, the seeds of a small size
     * together in one graph as its sweep trains them; an epoch is 60,000 images.
     */
    @Override
    public List<BenchCase> benchCases(int examples, int warmup) {
        return LeNetBench.cases(examples, warmup);
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
