package emergence.omniglot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.VerifiedDataset;
import emergence.core.metrics.Accuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.SequenceOutputs;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.omniglot.Omniglot;
import emergence.training.nn.AdamBudget;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Omniglot protocol on the zips (or, where no Omniglot is found, {@link OmniglotStandIn}): drawer split, fixed
 * test sequences, and a short training run.
 */
@Tag("training")
class OmniglotTransformerTest {
    @TempDir
    static Path scratch;
    private static final int CLASSES = 20;
    private static Omniglot.DrawnImages drawn;
    private static OmniglotTensors train;
    private static OmniglotTensors test;

    @BeforeAll
    static void load() {
        VerifiedDataset data = OmniglotStandIn.find(scratch).data();
        drawn = Omniglot.load(data, CLASSES, TransformerFamily.SIDE);
        boolean[] trains = new DrawerSplit(15, TransformerFamily.SPLIT_SEED).trains(drawn);
        train = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, true), CLASSES);
        test = OmniglotTensors.of(drawn.images(), DrawerSplit.indices(trains, false), CLASSES);
    }

    @Test
    void everyClassHasFifteenTrainingAndFiveTestDrawersChosenBySeed() {
        DrawerSplit split = new DrawerSplit(15, TransformerFamily.SPLIT_SEED);
        boolean[] trains = split.trains(drawn);
        assertEquals(CLASSES * 15, DrawerSplit.indices(trains, true).length);
        for (int c = 0; c < CLASSES; c++) {
            int n = 0;
            for (int d = 0; d < 20; d++) {
                n += trains[c * 20 + d] ? 1 : 0;
            }
            assertEquals(15, n, "class " + c);
        }
        assertTrue(Arrays.equals(trains, split.trains(drawn)), "same seed, same split");
        assertTrue(!Arrays.equals(trains, new DrawerSplit(15, 6).trains(drawn)), "another seed, another split");
    }

    @Test
    void testSequencesHoldDistinctImagesAndAreFixedBySeed() {
        int[] ids = TestSequences.draw(100, 5, 40, 23);
        assertTrue(Arrays.equals(ids, TestSequences.draw(100, 5, 40, 23)));
        for (int s = 0; s < 40; s++) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                assertTrue(seen.add(ids[s * 5 + i]), "sequence " + s + " repeats an image");
                assertTrue(ids[s * 5 + i] >= 0 && ids[s * 5 + i] < 100);
            }
        }
    }

    @Test
    void trainingTwiceWithTheSameSeedGivesTheSameOutputsBitForBit() {
        TransformerTrainer trainer = new TransformerTrainer(train, test, TestSequences.draw(test.count(), 5, 20, 23),
                new AdamBudget(150, 2, 50, 1e-3), new RandomShift(2), 5, TransformerFamily.SIDE);
        TransformerSize size = TransformerSize.of(24, 1, 2, 6);
        RunSpec<TransformerSize> run = new RunSpec<>(OmniglotTransformer.NAME, new SizeSpec<>(size.id(), 1,
                new ExampleFlops(1),
                TransformerFamily.params(size, CLASSES), size), 0, 0, 9);
        double[] first = trainer.train(run, f -> { }).outputs().values(ClassificationOutputs.P_TRUE);
        double[] second = trainer.train(run, f -> { }).outputs().values(ClassificationOutputs.P_TRUE);
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void shortTrainingBeatsChanceClearlyAndStoresEveryPosition() {
        int[] sequences = TestSequences.draw(test.count(), 5, 40, 23);
        TransformerTrainer trainer = new TransformerTrainer(train, test, sequences,
                new AdamBudget(train.count(), 8, 50, 2e-3), RandomShift.NONE, 5, TransformerFamily.SIDE);
        TransformerSize size = TransformerSize.of(24, 1, 2, 6);
        assertTrue(TransformerFamily.SIZES.contains(size));
        ExampleOutputs out = trainer.train(new RunSpec<>(OmniglotTransformer.NAME, new SizeSpec<>(size.id(), 1,
                new ExampleFlops(1),
                TransformerFamily.params(size, CLASSES), size), 0, 0, 3), f -> { }).outputs();
        assertEquals(200, out.rows());
        assertEquals(4.0, out.values(SequenceOutputs.POSITION)[199]);
        double accuracy = new Accuracy().evaluate(ClassificationOutputs.of(out)).get(0).value();
        assertTrue(accuracy > 5.0 / CLASSES, "accuracy " + accuracy + " vs chance " + 1.0 / CLASSES);
    }
}
