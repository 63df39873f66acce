package emergence.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import emergence.core.data.DataLocator;
import emergence.core.data.LabeledImages;
import emergence.core.data.TestDataset;
import emergence.core.data.VerifiedDataset;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.ReconstructionOutputs;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The autoencoder family on CIFAR-100 slices (or, where no CIFAR-100 is found, {@link CifarStandIn}): parameter
 * count, forward pass, training, determinism.
 */
@Tag("training")
class AutoencoderTest {
    @TempDir
    static Path scratch;
    private static boolean realData;
    private static CifarTensors train;
    private static CifarTensors test;
    private static CifarTensors.Standardization z;

    @BeforeAll
    static void load() {
        TestDataset found = CifarStandIn.find(scratch);
        realData = found.real();
        VerifiedDataset data = found.data();
        LabeledImages all = Cifar100.load(data, true);
        z = CifarTensors.Standardization.of(all);
        train = CifarTensors.of(all.head(2000), z);
        test = CifarTensors.of(Cifar100.load(data, false).head(500), z);
    }

    private static RunSpec<AutoencoderSize> run(int h, long seed) {
        AutoencoderSize size = AutoencoderSize.of(h);
        return new RunSpec<>(AutoencoderCifar.NAME, new SizeSpec<>(size.id(), 1, new ExampleFlops(1), size.params(),
                size), 0, 0, seed);
    }

    @Test
    void standardizationMatchesThePublishedTrainingStatistics() {
        assumeTrue(realData, "the published statistics are CIFAR-100's; this run has the stand-in (set "
                + DataLocator.ENV + ")");
        // CIFAR-100 training-set channel statistics as published with the dataset.
        assertArrayEquals(new double[] {0.5070751592371333, 0.48654887331494834, 0.4409178433670332}, z.mean(), 1e-9);
        assertArrayEquals(new double[] {0.2673342858792411, 0.2564384629170889, 0.2761504713256834}, z.std(), 1e-9);
    }

    @Test
    void parameterCountComesFromTheGraphAndMatchesTheFormula() {
        for (int h : new int[] {1, 3, 64}) {
            assertEquals((long) h * (2 * 3072 + 1) + 3072, AutoencoderNetwork.build(h, 1).parameterCount());
        }
    }

    @Test
    void perImageErrorIsTheMeanSquaredReconstructionError() {
        AutoencoderNetwork net = AutoencoderNetwork.build(5, 3);
        INDArray x = test.rows(new int[] {0, 1, 2, 3});
        var sd = net.graph();
        INDArray code = Transforms.tanh(x.mmul(sd.getVariable("encW").getArr().slice(0))
                .addRowVector(sd.getVariable("encb").getArr().reshape(1, 5)));
        INDArray recon = code.mmul(sd.getVariable("decW").getArr().slice(0))
                .addRowVector(sd.getVariable("decb").getArr().reshape(1, 3072));
        INDArray expected = recon.sub(x).muli(recon.sub(x)).mean(1);
        assertTrue(expected.equalsWithEps(net.perImageError(x).reshape(expected.shape()), 1e-5));
    }

    /** The same autoencoder with SameDiff's squaredDifference loss, from the same initial weights. */
    private static SameDiff squaredDifferenceTwin(AutoencoderNetwork net) {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder(AutoencoderNetwork.INPUT, DataType.FLOAT, net.members(), -1, 3072);
        SDVariable target = sd.placeHolder(AutoencoderNetwork.TARGET, DataType.FLOAT, net.members(), -1, 3072);
        SDVariable[] w = new SDVariable[4];
        String[] names = {"encW", "encb", "decW", "decb"};
        for (int i = 0; i < 4; i++) {
            w[i] = sd.var(names[i], net.graph().getVariable(names[i]).getArr().dup());
        }
        SDVariable recon = sd.math().tanh(x.mmul(w[0]).add(w[1])).mmul(w[2]).add(w[3]);
        sd.math().squaredDifference(recon, target).mean(AutoencoderNetwork.PER_IMAGE, 2).mean(1)
                .sum(AutoencoderNetwork.LOSS);
        return sd;
    }

    @Test
    void theDotLossTrainsBitForBitLikeSquaredDifference() {
        AutoencoderNetwork net = AutoencoderNetwork.build(4, 5, 6);
        SameDiff twin = squaredDifferenceTwin(net);
        List<DataSet> batches = new ArrayList<>();
        for (int from = 0; from + 100 <= 1000; from += 100) {
            int[] rows = IntStream.range(from, from + 100).toArray();
            INDArray x = Nd4j.stack(0, train.rows(rows), train.rows(rows));
            batches.add(new DataSet(x, x));
        }
        for (SameDiff sd : List.of(net.graph(), twin)) {
            sd.setLossVariables(AutoencoderNetwork.LOSS);
            sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(1e-3))
                    .dataSetFeatureMapping(AutoencoderNetwork.INPUT)
                    .dataSetLabelMapping(AutoencoderNetwork.TARGET).build());
            sd.fit(new ExistingDataSetIterator(batches), 2);
        }
        for (String name : List.of("encW", "encb", "decW", "decb")) {
            assertArrayEquals(twin.getVariable(name).getArr().dup().data().asFloat(),
                    net.graph().getVariable(name).getArr().dup().data().asFloat(), 0f, name);
        }
    }

    @Test
    void replicatesTrainedTogetherEqualEachTrainedAlone() {
        AutoencoderTrainer trainer = new AutoencoderTrainer(train, test, new AdamBudget(1000, 2, 100, 1e-3), Map.of());
        List<RunSpec<AutoencoderSize>> runs = List.of(run(8, 21), run(8, 22), run(8, 23));
        List<TrainedModel> together = trainer.trainTogether(runs, f -> { });
        for (int m = 0; m < runs.size(); m++) {
            double[] alone = trainer.train(runs.get(m), f -> { }).outputs().values(ReconstructionOutputs.MSE);
            double[] fused = together.get(m).outputs().values(ReconstructionOutputs.MSE);
            assertArrayEquals(alone, fused, 1e-6, "replicate " + m);
            assertEquals(3, together.get(m).details().get("trained_together"));
        }
        assertTrue(together.get(0).outputs().values(ReconstructionOutputs.MSE)[0]
                != together.get(1).outputs().values(ReconstructionOutputs.MSE)[0], "seeds must differ");
    }

    @Test
    void theStepDecayStartsAtItsEpochOfTraining() {
        // Epoch 2 at a rate of 1e-12 barely moves the weights after epoch 1; keyed to iterations, the tiny rate
        // would already apply from the second step.
        long[] seeds = {31};
        AdamBudget oneEpoch = new AdamBudget(500, 1, 100, 1e-3);
        AdamBudget frozenSecond = new AdamBudget(500, 2, 100, 1e-3).withStepDecay(1, 1e-12);
        AdamBudget constantSecond = new AdamBudget(500, 2, 100, 1e-3);
        float[][] weights = new float[3][];
        List<AdamBudget> budgets = List.of(oneEpoch, frozenSecond, constantSecond);
        for (int b = 0; b < budgets.size(); b++) {
            AutoencoderNetwork net = AutoencoderNetwork.build(4, seeds);
            new AutoencoderTrainer(train, test, budgets.get(b), Map.of()).fit(net, seeds, f -> { });
            weights[b] = net.graph().getVariable("encW").getArr().dup().data().asFloat();
        }
        assertArrayEquals(weights[0], weights[1], 1e-6f);
        double moved = 0;
        for (int i = 0; i < weights[0].length; i++) {
            moved = Math.max(moved, Math.abs(weights[0][i] - weights[2][i]));
        }
        assertTrue(moved > 1e-4, "a second epoch at 1e-3 moves the weights, by " + moved);
    }

    @Test
    void shortTrainingBeatsPredictingTheTrainingMean() {
        AutoencoderTrainer trainer = new AutoencoderTrainer(train, test, new AdamBudget(2000, 3, 64, 1e-3), Map.of());
        ExampleOutputs out = trainer.train(run(32, 1), f -> { }).outputs();
        double mse = new MeanSquaredError().evaluate(ReconstructionOutputs.of(out)).get(0).value();
        INDArray mean = train.features().mean(0);
        double baseline = test.features().subRowVector(mean).muli(test.features().subRowVector(mean)).meanNumber()
                .doubleValue();
        assertTrue(mse < 0.6 * baseline, "MSE " + mse + " vs predict-the-mean " + baseline);
        assertEquals(500, out.rows());
    }

    @Test
    void sameSeedGivesIdenticalErrors() {
        AutoencoderTrainer trainer = new AutoencoderTrainer(train, test, new AdamBudget(512, 1, 128, 1e-3), Map.of());
        double[] a = trainer.train(run(4, 9), f -> { }).outputs().values(ReconstructionOutputs.MSE);
        double[] b = trainer.train(run(4, 9), f -> { }).outputs().values(ReconstructionOutputs.MSE);
        assertArrayEquals(a, b);
    }
    @Test
    void theConvergenceStudyKeepsFinishedWidthsAndMeasuresEveryEpochOfTheOthers(@TempDir Path dir) throws IOException {
        AdamBudget budget = new AdamBudget(2000, 3, 64, 1e-3).withStepDecay(2, 1e-4);
        AutoencoderTrainer trainer = new AutoencoderTrainer(train, test, budget, Map.of());
        Path target = dir.resolve(ConvergenceStudy.FILE);
        // A crashed study: every epoch of h=4 (made-up errors, to show they are kept, not retrained), one of h=6.
        Files.writeString(dir.resolve(ConvergenceStudy.FILE + ".partial"), ConvergenceStudy.HEADER + "\n"
                + "6,2023,1,0.001,0.9,0.95,1.0\n4,2023,1,0.001,0.9,9.1,1.0\n4,2023,2,0.001,0.9,9.2,2.0\n"
                + "4,2023,3,0.0001,0.9,9.3,3.0\n");
        List<ConvergenceStudy.Epoch> epochs = new ConvergenceStudy(List.of(4, 6), budget).run(trainer, target);

        assertEquals(List.of(9.1, 9.2, 9.3), epochs.subList(0, 3).stream().map(ConvergenceStudy.Epoch::testMse)
                .toList());
        List<ConvergenceStudy.Epoch> trained = epochs.subList(3, 6);
        assertEquals(List.of(1, 2, 3), trained.stream().map(ConvergenceStudy.Epoch::epoch).toList());
        assertEquals(List.of(1e-3, 1e-3, 1e-4), trained.stream().map(ConvergenceStudy.Epoch::learningRate).toList());
        assertTrue(trained.get(2).testMse() < trained.get(0).testMse(), trained.toString());
        // The last epoch's network is the one a sweep run of the same width, seed and budget stores.
        ExampleOutputs stored = trainer.train(run(6, ConvergenceStudy.SEED), f -> { }).outputs();
        assertEquals(new MeanSquaredError().evaluate(ReconstructionOutputs.of(stored)).get(0).value(),
                trained.get(2).testMse());
        // Written complete, by width and epoch; no partial file left.
        assertFalse(Files.exists(dir.resolve(ConvergenceStudy.FILE + ".partial")));
        List<ConvergenceStudy.Epoch> read = ConvergenceStudy.read(dir);
        assertEquals(List.of(4, 4, 4, 6, 6, 6), read.stream().map(ConvergenceStudy.Epoch::h).toList());
        // The file keeps 6 significant digits: within half a unit of the 6th, 5e-6 relative.
        assertEquals(trained.get(2).testMse(), read.get(5).testMse(), 5e-6 * trained.get(2).testMse());
    }

    @Test
    void theConvergenceTableSetsEachWidthAgainstItsBoundBeforeAndAfterTheLongerBudget(@TempDir Path dir)
            throws IOException {
        StringBuilder csv = new StringBuilder(ConvergenceStudy.HEADER + "\n");
        for (int h : new int[] {4, 8}) {
            for (int epoch = 1; epoch <= 12; epoch++) {
                csv.append(h).append(",2023,").append(epoch).append(epoch > 7 ? ",0.00003," : ",0.0003,")
                        .append("0.5,").append(0.2 / epoch).append(",1.0\n");
            }
        }
        Files.writeString(dir.resolve(ConvergenceStudy.FILE), csv);
        Files.writeString(dir.resolve(PcaBound.FILE), PcaBound.HEADER + "\n4,0.01\n8,0.02\n");
        String table = ConvergenceStudy.table(ConvergenceStudy.read(dir), PcaBound.read(dir), Map.of(4, 0.05), 5)
                .markdown();
        List<String> lines = table.lines().toList();
        assertEquals("| h | PCA bound | sweep: test MSE after 5 epochs (seed mean) | sweep: MSE / bound | long budget: "
                + "after epoch 5 | long budget: after epoch 7 | long budget: after epoch 12 | long budget: MSE / "
                + "bound | fall per epoch, last 5 | epochs to 1.5× bound at that fall |", lines.get(0));
        // h=4 ends at 0.0167, above 1.5 × 0.01: at its last five epochs' mean fall, (0.2/7 − 0.2/12)/5, one more.
        assertEquals("| 4 | 0.0100 | 0.0500 | 5.00 | 0.0400 | 0.0286 | 0.0167 | 1.67 | 2.38e-03 | ≥ 13 |",
                lines.get(2));
        // h=8 came within 1.5 × 0.02 at epoch 7 (0.2/7 = 0.0286 ≤ 0.03).
        assertEquals("| 8 | 0.0200 |  |  | 0.0400 | 0.0286 | 0.0167 | 0.83 | 2.38e-03 | 7 |", lines.get(3));
        assertEquals(4, lines.size(), "one row per width");
    }
}
