package emergence.lenet;

import emergence.core.data.DatasetSpec;
import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Brier;
import emergence.core.metrics.ConsecutiveSubsetAccuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedErrors;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.OutputKind;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Seeds;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.ScoreRow;
import emergence.core.tables.MarkdownTables.SizeColumn;
import emergence.core.tables.Summary;
import emergence.training.nn.AdamBudget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An MNIST experiment on a LeNet-style family ({@link LeNetShape}): what {@link LeNetMnist} and
 * {@link PaperLeNetMnist} share, whatever their family — the dataset, the trainer under the lab's LeNet budget
 * ({@link LeNetFamily#budget}), the metrics (accuracy, cross-entropy, Brier; K-of-K subset accuracy measured on
 * subsets of a fixed permutation and of consecutive test images, and predicted as acc^K; expected errors among K),
 * the figures, the resolution study and the README tables. A subclass names the experiment and plans its family.
 *
 * @param <S> the family's size record
 */
public abstract class MnistExperiment<S extends Record & LeNetShape>
        implements Experiment<S, ClassificationOutputs> {
    /** K = 1..10 for the subset metrics. */
    static final List<Integer> KS = IntStream.rangeClosed(1, 10).boxed().toList();
    /** Seed of the fixed test-set permutation the measured subset accuracy cuts into K-subsets. */
    static final long SUBSET_PERMUTATION_SEED = 17L;
    /** The K of the resolution study. */
    private static final int RESOLUTION_K = 5;

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
        return new LeNetTrainer<>(MnistTensors.of(train), MnistTensors.of(test), budget);
    }

    @Override
    public OutputKind<ClassificationOutputs> outputs() {
        return ClassificationOutputs.KIND;
    }

    /**
     * The explorer moves K over 1..50: each run's right/wrong bits in the order of the fixed permutation, so any K
     * cuts the same subsets as {@link SubsetAccuracy}.
     */
    @Override
    public Optional<Explorer<ClassificationOutputs>> explorer() {
        return Optional.of(new Explorer<>(Explorer.Kind.SUBSETS, "K", "K-of-K subset accuracy",
                new Explorer.Range(1, 50, RESOLUTION_K, true, false), o -> {
                    boolean[] correct = o.correct();
                    int[] order = Seeds.permutation(correct.length, SUBSET_PERMUTATION_SEED);
                    double[] bits = new double[correct.length];
                    for (int i = 0; i < bits.length; i++) {
                        bits[i] = correct[order[i]] ? 1 : 0;
                    }
                    return bits;
                }, (o, k) -> SubsetAccuracy.of(o.correct(), Seeds.permutation(o.size(), SUBSET_PERMUTATION_SEED),
                        k.intValue()),
                (o, k) -> new ExpectedSubsetAccuracy(List.of(k.intValue())).evaluate(o).get(0).value(),
                Accuracy.NAME, CrossEntropy.NAME));
    }

    @Override
    public FigureSet figures() {
        return new LeNetFigures(title());
    }

    @Override
    public List<Metric<ClassificationOutputs>> metrics() {
        return List.of(new Accuracy(), new CrossEntropy(), new Brier(),
                new SubsetAccuracy(KS, SUBSET_PERMUTATION_SEED), new ConsecutiveSubsetAccuracy(KS),
                new ExpectedSubsetAccuracy(KS), new ExpectedErrors(KS));
    }

    @Override
    public ResolutionStudy<ClassificationOutputs> resolution() {
        SubsetAccuracy subsets = new SubsetAccuracy(List.of(RESOLUTION_K), SUBSET_PERMUTATION_SEED);
        return new ResolutionStudy<>(RESOLUTION_K + "-of-" + RESOLUTION_K + " subset accuracy", RESOLUTION_K,
                o -> subsets.subsetsAllRight(o, RESOLUTION_K));
    }

    @Override
    public List<Prediction> predictions() {
        return List.of(new Prediction(SubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
                        Prediction.Basis.INDEPENDENT_ITEMS),
                new Prediction(ConsecutiveSubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
                        Prediction.Basis.INDEPENDENT_ITEMS));
    }

    /** Accuracy against 5-of-5 subset accuracy. */
    @Override
    public List<Contrast> contrasts() {
        return List.of(new Contrast(Accuracy.NAME, "", SubsetAccuracy.NAME, Integer.toString(RESOLUTION_K)));
    }

    /** {@code reference}: seed means per size; {@code scores}: emergence scores, every size and 4. */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Format four = Format.fixed(4);
        String reference = MarkdownTables.bySize(summary, "size", id -> id, List.of(
                SizeColumn.mean("accuracy", Accuracy.NAME, "", four),
                SizeColumn.mean("cross-entropy", CrossEntropy.NAME, "", Format.fixed(3)),
                SizeColumn.mean("subset acc. K=5 (measured)", SubsetAccuracy.NAME, "5", four),
                SizeColumn.mean("acc^5", ExpectedSubsetAccuracy.NAME, "5", four),
                SizeColumn.mean("K=10 (measured)", SubsetAccuracy.NAME, "10", four)));
        Map<String, String> samplings = new LinkedHashMap<>();
        samplings.put("dense", "dense (" + summary.curve(Accuracy.NAME, "").points().size() + " sizes)");
        samplings.put("sparse", "sparse (4 sizes)");
        String table = MarkdownTables.scores(scores, List.of(ScoreRow.of("accuracy", Accuracy.NAME, ""),
                ScoreRow.of("cross-entropy", CrossEntropy.NAME, ""), ScoreRow.of("Brier", Brier.NAME, ""),
                ScoreRow.of("expected errors among 5", ExpectedErrors.NAME, "5"),
                ScoreRow.of("subset accuracy K=2", SubsetAccuracy.NAME, "2"),
                ScoreRow.of("subset accuracy K=5", SubsetAccuracy.NAME, "5"),
                ScoreRow.of("subset accuracy K=10", SubsetAccuracy.NAME, "10")), samplings);
        return Map.of("reference", reference, "scores", table);
    }
}
