package emergence.lenet;

import emergence.core.data.DatasetSpec;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.ReferenceTables;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.subsets.SubsetFigures;
import emergence.core.subsets.SubsetScoring;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import emergence.training.nn.AdamBudget;
import java.util.Map;

/**
 * An MNIST experiment on a LeNet-style family ({@link LeNetShape}): what {@link LeNetMnist} and
 * {@link PaperLeNetMnist} share, whatever their family — the dataset, the trainer under the lab's LeNet budget
 * ({@link LeNetFamily#budget}) and K-of-K scoring ({@link SubsetScoring}: metrics, explorer, resolution study, README
 * tables, figures). A subclass names the experiment and plans its family.
 *
 * @param <S> the family's size record
 */
public abstract class MnistExperiment<S extends Record & LeNetShape>
        implements Experiment<S, ClassificationOutputs>, Explorable<ClassificationOutputs>, ReferenceTables {
    /** K-of-K scoring on a fixed permutation of the test set (its seed: 17). */
    static final SubsetScoring SCORING = new SubsetScoring(17L);

    @Override
    public DatasetSpec dataset() {
        return Mnist.SPEC;
    }

    /** Trains on the budget's first training images, tests on all 10,000 test images. */
    @Override
    public Trainer<S> trainer(VerifiedDataset data, Profile profile) {
        AdamBudget budget = LeNetFamily.budget(profile);
        LabeledImages train = Mnist.load(data, true).head(budget.trainExamples());
        LabeledImages test = Mnist.load(data, false);
        return new LeNetTrainer<S>(MnistTensors.of(train), MnistTensors.of(test), budget).checkpointed();
    }

    @Override
    public Scoring<ClassificationOutputs> scoring() {
        return SCORING.scoring();
    }

    @Override
    public Explorer<ClassificationOutputs> explorer() {
        return SCORING.explorer();
    }

    @Override
    public FigureSet figures() {
        return new SubsetFigures(id().title(), "LeNet size", "test images", 10_000);
    }

    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        return SCORING.referenceTables(summary, scores);
    }
}
