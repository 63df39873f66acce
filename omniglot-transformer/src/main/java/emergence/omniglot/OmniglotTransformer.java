package emergence.omniglot;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.BenchCase;
import emergence.core.experiment.Benchmarked;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ReferenceTables;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Brier;
import emergence.core.metrics.ConsecutiveSubsetAccuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedErrors;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.PositionAccuracy;
import emergence.core.metrics.SequenceSubsetAccuracy;
import emergence.core.outputs.OutputKind;
import emergence.core.outputs.SequenceOutputs;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.ScoreRow;
import emergence.core.tables.MarkdownTables.SizeColumn;
import emergence.core.tables.Sampling;
import emergence.core.tables.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The paper's §5 Omniglot experiment: a causal transformer family over sequences of (image, label) pairs,
 * scored by per-image accuracy (smooth) and by L-of-L subset accuracy, all L images of a sequence right
 * (sharp), on the same stored predictions, with the independence prediction acc^L beside it.
 */
public final class OmniglotTransformer implements Experiment<TransformerSize, SequenceOutputs>,
        Explorable<SequenceOutputs>, ReferenceTables, Benchmarked {
    public static final String NAME = "omniglot-transformer";
    /** The paper's §5, third experiment. */
    public static final ExperimentId ID = new ExperimentId(NAME, "Causal transformer on Omniglot", 5, 3);
    /** L = 1..5. */
    public static final List<Integer> LENGTHS = IntStream.rangeClosed(1, TransformerFamily.LENGTH).boxed().toList();

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public Scoring<SequenceOutputs> scoring() {
        return new Scoring<>(outputs(), metrics(), resolution(), predictions(), contrasts());
    }

    @Override
    public DatasetSpec dataset() {
        return Omniglot.SPEC;
    }

    @Override
    public FamilyPlan<TransformerSize> plan(Profile profile) {
        return TransformerFamily.plan(profile);
    }

    @Override
    public Trainer<TransformerSize> trainer(VerifiedDataset data, Profile profile) {
        TransformerFamily.Protocol p = TransformerFamily.protocol(profile);
        Omniglot.DrawnImages drawn = Omniglot.load(data, p.classes(), TransformerFamily.SIDE);
        boolean[] trains = new DrawerSplit(TransformerFamily.TRAIN_DRAWERS, TransformerFamily.SPLIT_SEED)
                .trains(drawn);
        OmniglotTensors train = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, true), p.classes());
        OmniglotTensors test = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, false), p.classes());
        int[] sequences = TestSequences.draw(test.count(), TransformerFamily.LENGTH, p.testSequences(),
                TransformerFamily.TEST_SEQUENCE_SEED);
        return new TransformerTrainer(train, test, sequences, p.budget(), p.shift(), TransformerFamily.LENGTH,
                TransformerFamily.SIDE).checkpointed();
    }

    private OutputKind<SequenceOutputs> outputs() {
        return SequenceOutputs.KIND;
    }

    private List<Metric<SequenceOutputs>> metrics() {
        return List.of(new Accuracy().on(SequenceOutputs::images), new CrossEntropy().on(SequenceOutputs::images),
                new Brier().on(SequenceOutputs::images), new PositionAccuracy(TransformerFamily.LENGTH),
                new SequenceSubsetAccuracy(LENGTHS), new ExpectedSubsetAccuracy(LENGTHS).on(SequenceOutputs::images),
                new ExpectedErrors(LENGTHS).on(SequenceOutputs::images),
                new ConsecutiveSubsetAccuracy(LENGTHS).on(SequenceOutputs::images));
    }

    /** The explorer moves L over 1..5 on each run's right/wrong bits per sequence position. */
    @Override
    public Explorer<SequenceOutputs> explorer() {
        return new Explorer<>("L", "all L images of a sequence right",
                Explorer.Range.integers(1, TransformerFamily.LENGTH, TransformerFamily.LENGTH, true),
                (o, l) -> new SequenceSubsetAccuracy(List.of(l.intValue())).evaluate(o).get(0).value(),
                (o, l) -> new ExpectedSubsetAccuracy(List.of(l.intValue())).on(SequenceOutputs::images).evaluate(o)
                        .get(0).value(),
                MetricKey.of(Accuracy.NAME), MetricKey.of(CrossEntropy.NAME), "");
    }

    @Override
    public FigureSet figures() {
        return new OmniglotFigures();
    }

    private ResolutionStudy<SequenceOutputs> resolution() {
        int l = TransformerFamily.LENGTH;
        SequenceSubsetAccuracy all = new SequenceSubsetAccuracy(List.of(l));
        return new ResolutionStudy<>("all " + l + " images of a sequence right", l, o -> all.sequencesAllRight(o, l));
    }

    private List<Prediction> predictions() {
        return List.of(new Prediction(SequenceSubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^L",
                        Prediction.Basis.INDEPENDENT_ITEMS),
                new Prediction(ConsecutiveSubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^L",
                        Prediction.Basis.INDEPENDENT_ITEMS));
    }

    private List<Contrast> contrasts() {
        return List.of(new Contrast(MetricKey.of(Accuracy.NAME),
                MetricKey.of(SequenceSubsetAccuracy.NAME, TransformerFamily.LENGTH)));
    }

    /**
     * Three transformer sizes and the whole family (one model after the other, as its sweep trains them) on
     * 1,623 classes; an epoch is the paper profile's 24,345 training images.
     */
    @Override
    public List<BenchCase> benchCases(int examples, int warmup) {
        return TransformerBench.cases(examples, warmup);
    }

    /** {@code reference}: seed means per size; {@code scores}: emergence scores under every sampling. */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Format four = Format.fixed(4);
        String reference = MarkdownTables.bySize(summary, "size", id -> id, List.of(
                SizeColumn.mean("accuracy", MetricKey.of(Accuracy.NAME), four),
                SizeColumn.mean("cross-entropy", MetricKey.of(CrossEntropy.NAME), Format.fixed(3)),
                SizeColumn.mean("5-of-5 measured", MetricKey.of(SequenceSubsetAccuracy.NAME, 5), four),
                SizeColumn.mean("acc⁵", MetricKey.of(ExpectedSubsetAccuracy.NAME, 5), four)));
        Map<Sampling, String> samplings = new LinkedHashMap<>();
        samplings.put(Sampling.DENSE, "dense (" + summary.curve(MetricKey.of(Accuracy.NAME)).points().size()
                + " sizes)");
        samplings.put(Sampling.EVERY2, "every 2nd");
        samplings.put(Sampling.EVERY3, "every 3rd");
        samplings.put(Sampling.SPARSE, "4 sizes");
        String table = MarkdownTables.scores(scores, List.of(ScoreRow.of("accuracy", MetricKey.of(Accuracy.NAME)),
                ScoreRow.of("cross-entropy", MetricKey.of(CrossEntropy.NAME)),
                ScoreRow.of("Brier", MetricKey.of(Brier.NAME)),
                ScoreRow.of("subset accuracy L=2", MetricKey.of(SequenceSubsetAccuracy.NAME, 2)),
                ScoreRow.of("subset accuracy L=3", MetricKey.of(SequenceSubsetAccuracy.NAME, 3)),
                new ScoreRow("subset accuracy L=5", MetricKey.of(SequenceSubsetAccuracy.NAME, 5), true)), samplings);
        return Map.of("reference", reference, "scores", table);
    }
}
