package emergence.omniglot;

import emergence.common.data.DatasetSpec;
import emergence.common.data.Omniglot;
import emergence.common.data.VerifiedDataset;
import emergence.common.metrics.Accuracy;
import emergence.common.metrics.Brier;
import emergence.common.metrics.CrossEntropy;
import emergence.common.metrics.ExpectedErrors;
import emergence.common.metrics.ExpectedSubsetAccuracy;
import emergence.common.metrics.Metric;
import emergence.common.metrics.PositionAccuracy;
import emergence.common.metrics.SequenceSubsetAccuracy;
import emergence.common.sweep.Experiment;
import emergence.common.sweep.FamilyPlan;
import emergence.common.sweep.Profile;
import emergence.common.sweep.Trainer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The paper's §5 Omniglot experiment: a causal transformer family over sequences of (image, label) pairs,
 * scored by per-image accuracy (smooth) and by L-of-L subset accuracy, all L images of a sequence right
 * (sharp), on the same stored predictions, with the independence prediction acc^L beside it.
 */
public final class OmniglotTransformer implements Experiment {
    public static final String NAME = "omniglot-transformer";
    /** L = 1..5. */
    public static final List<Integer> LENGTHS = IntStream.rangeClosed(1, TransformerFamily.LENGTH).boxed().toList();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DatasetSpec dataset() {
        return Omniglot.SPEC;
    }

    @Override
    public FamilyPlan plan(Profile profile) {
        return TransformerFamily.plan(profile);
    }

    @Override
    public Trainer trainer(VerifiedDataset data, Profile profile) {
        TransformerFamily.Protocol p = TransformerFamily.protocol(profile);
        Omniglot.DrawnImages drawn = Omniglot.load(data, p.classes(), TransformerFamily.SIDE);
        boolean[] trains = new DrawerSplit(TransformerFamily.TRAIN_DRAWERS, TransformerFamily.SPLIT_SEED)
                .trains(drawn);
        OmniglotTensors train = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, true), p.classes());
        OmniglotTensors test = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, false), p.classes());
        int[] sequences = TestSequences.draw(test.count(), TransformerFamily.LENGTH, p.testSequences(),
                TransformerFamily.TEST_SEQUENCE_SEED);
        return new TransformerTrainer(train, test, sequences, p.budget(), p.shift(), TransformerFamily.LENGTH,
                TransformerFamily.SIDE);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Accuracy(), new CrossEntropy(), new Brier(), new PositionAccuracy(TransformerFamily.LENGTH),
                new SequenceSubsetAccuracy(LENGTHS), new ExpectedSubsetAccuracy(LENGTHS), new ExpectedErrors(LENGTHS));
    }
}
