package emergence.lenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.VerifiedDataset;
import emergence.core.metrics.Accuracy;
import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.OutputsCsv;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.TrainingDivergedException;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * End-to-end training on MNIST slices (or, where no MNIST is found, {@link MnistStandIn}), determinism, and
 * divergence handling.
 */
@Tag("training")
class LeNetTrainerTest {
    private static MnistTensors train;
    private static MnistTensors test;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void load() {
        VerifiedDataset data = MnistStandIn.find(scratch).data();
        train = MnistTensors.of(Mnist.load(data, true).head(2000));
        test = MnistTensors.of(Mnist.load(data, false).head(1000));
    }

    private static <S extends Record & LeNetShape> RunSpec<S> run(S size, long seed) {
        return new RunSpec<>(LeNetMnist.NAME, new SizeSpec<>(size.id(), 1, new ExampleFlops(1), size.params(), size),
                0, 0, seed);
    }

    @Test
    void twoThousandImagesTrainAMidSizeNetworkToNinetyPercent() {
        LeNetTrainer<LeNetSize> trainer = new LeNetTrainer<>(train, test, new AdamBudget(2000, 4, 64, 2e-3));
        List<Double> progress = new ArrayList<>();
        TrainedModel model = trainer.train(run(new LeNetSize(6, 16, 48), 1), progress::add);
        double acc = new Accuracy().evaluate(ClassificationOutputs.of(model.outputs())).get(0).value();
        assertTrue(acc >= 0.90, "test accuracy after 4 epochs on 2,000 images was " + acc);
        assertEquals(1000, model.outputs().rows());
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-12);
        double loss = (double) model.details().get("final_train_loss");
        assertTrue(loss > 0 && loss < 1, "final training loss " + loss);
    }

    @Test
    void aMemberOfThePaperFamilyTrainsOnTheSamePath() {
        LeNetTrainer<PaperLeNetSize> trainer = new LeNetTrainer<>(train, test, new AdamBudget(2000, 4, 64, 5e-4));
        TrainedModel model = trainer.train(run(new PaperLeNetSize(32), 1), f -> { });
        double acc = new Accuracy().evaluate(ClassificationOutputs.of(model.outputs())).get(0).value();
        assertTrue(acc >= 0.85, "test accuracy after 4 epochs on 2,000 images was " + acc);
        assertEquals(6283L * 32 + 330, model.params());
    }

    @Test
    void sameSeedGivesIdenticalOutputsAndAnotherSeedDoesNot() {
        LeNetTrainer<LeNetSize> trainer = new LeNetTrainer<>(train, test, new AdamBudget(640, 1, 64, 1e-3));
        LeNetSize size = new LeNetSize(2, 4, 8);
        ExampleOutputs a = trainer.train(run(size, 5), f -> { }).outputs();
        ExampleOutputs b = trainer.train(run(size, 5), f -> { }).outputs();
        ExampleOutputs c = trainer.train(run(size, 6), f -> { }).outputs();
        assertArrayEquals(a.values(ClassificationOutputs.P_TRUE), b.values(ClassificationOutputs.P_TRUE));
        assertTrue(!java.util.Arrays.equals(a.values(ClassificationOutputs.P_TRUE),
                c.values(ClassificationOutputs.P_TRUE)));
    }

    @Test
    void seedsTrainedTogetherEqualEachSeedTrainedAlone() {
        LeNetTrainer<LeNetSize> trainer = new LeNetTrainer<>(train, test, new AdamBudget(1280, 2, 64, 2e-3));
        LeNetSize size = new LeNetSize(3, 6, 16);
        List<RunSpec<LeNetSize>> runs = List.of(run(size, 21), run(size, 22), run(size, 23));
        List<TrainedModel> together = trainer.trainTogether(runs, f -> { });
        assertEquals(3, together.size());
        for (int m = 0; m < runs.size(); m++) {
            TrainedModel alone = trainer.train(runs.get(m), f -> { });
            double[] expected = alone.outputs().values(ClassificationOutputs.P_TRUE);
            double[] actual = together.get(m).outputs().values(ClassificationOutputs.P_TRUE);
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            }
            // Not bit for bit: the stacked graph's kernels sum in another order and 40 Adam steps amplify the
            // float32 rounding (2.6e-4 on one machine, under 1e-4 on another); LeNetTrainingPathTest checks one
            // step's gradients of every member against the member alone to 1e-6.
            assertTrue(worst < 1e-3, "member " + m + ": largest |p(true) difference| " + worst);
            assertEquals(alone.params(), together.get(m).params());
            assertEquals((double) alone.details().get("final_train_loss"),
                    (double) together.get(m).details().get("final_train_loss"), 1e-4);
        }
    }

    @Test
    void checkpointsInsideEpochsChangeNothingInTrainingEvenWhenTheRateStepsDown(@TempDir Path dir)
            throws IOException {
        // 2 epochs of 20 steps, the rate stepped down at the second: SameDiff keys that to its epoch count, which
        // fitting an epoch in parts must leave as one whole-epoch fit would.
        LeNetTrainer<LeNetSize> plain = new LeNetTrainer<>(train, test, new AdamBudget(1280, 2, 64, 2e-3)
                .withStepDecay(1, 2e-4));
        LeNetSize size = new LeNetSize(3, 6, 16);
        List<RunSpec<LeNetSize>> runs = List.of(run(size, 31), run(size, 32));
        List<TrainedModel> without = plain.trainTogether(runs, f -> { });
        List<TrainedModel> with = plain.checkpointed().trainTogether(runs, f -> { });
        for (int m = 0; m < runs.size(); m++) {
            OutputsCsv.write(without.get(m).outputs(), dir.resolve("without" + m + ".csv.gz"));
            OutputsCsv.write(with.get(m).outputs(), dir.resolve("with" + m + ".csv.gz"));
            assertEquals(-1, Files.mismatch(dir.resolve("without" + m + ".csv.gz"), dir.resolve("with" + m
                    + ".csv.gz")), "member " + m + ": the final outputs are the same bytes");
            List<CheckpointOutputs> c = with.get(m).checkpoints();
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 7L, 10L, 15L, 20L, 29L, 40L),
                    c.stream().map(CheckpointOutputs::step).toList());
            assertEquals(List.of(64L, 1280L, 1856L, 2560L), List.of(c.get(0).examples(), c.get(8).examples(),
                    c.get(9).examples(), c.get(10).examples()), "steps 1, 20 (an epoch), 29 and the last");
            assertSame(with.get(m).outputs(), c.get(10).outputs());
            assertEquals(List.of(40L), without.get(m).checkpoints().stream().map(CheckpointOutputs::step).toList());
        }
    }

    @Test
    void aRunWhoseLossIsNaNIsReportedAsDiverged() {
        INDArray poisoned = train.features().dup();
        poisoned.putScalar(0, 100, Float.NaN);
        MnistTensors bad = new MnistTensors(poisoned, train.oneHot(), train.labels());
        LeNetTrainer<LeNetSize> trainer = new LeNetTrainer<>(bad, test, new AdamBudget(640, 1, 64, 1e-3));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> trainer.train(run(new LeNetSize(2, 4, 8), 3), f -> { }));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void budgetLargerThanTheDataIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LeNetTrainer<>(train, test, new AdamBudget(5000, 1, 64, 1e-3)));
    }
}
