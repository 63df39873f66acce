package emergence.arithmetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricValue;
import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.OutputsCsv;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The network and its trainer: causality, greedy decoding, determinism and a short run that learns. */
@Tag("training")
class ArithmeticTrainerTest {
    private static final ArithmeticSize SIZE = new ArithmeticSize(24, 1, 2);
    private static ProblemSets problems;
    private static ArithmeticOutputs trained;

    @BeforeAll
    static void trainOnce() {
        problems = ProblemSets.draw(40, 20_000, ArithmeticFamily.PROBLEM_SEED);
        trained = ArithmeticOutputs.of(new ArithmeticTrainer(problems, new AdamBudget(20_000, 1, 64, 2e-3))
                .train(run(3), f -> { }).outputs());
    }

    private static RunSpec<ArithmeticSize> run(long seed) {
        return new RunSpec<>(ArithmeticTransformer.NAME, new SizeSpec<>(SIZE.id(), 1, new ExampleFlops(1),
                ArithmeticFamily.params(SIZE),
                SIZE), 0, 0, seed);
    }

    @Test
    void theOutputAtAPositionIgnoresEveryLaterTokenBitForBit() {
        ArithmeticNetwork net = ArithmeticNetwork.build(new ArithmeticSize(8, 2, 2), 5, DataType.FLOAT);
        SplittableRandom rng = new SplittableRandom(1);
        int[][] a = new int[3][Tokens.PROMPT + Tokens.ANSWER];
        for (int[] row : a) {
            for (int t = 0; t < row.length; t++) {
                row[t] = rng.nextInt(Tokens.VOCABULARY);
            }
        }
        int cut = 9;
        int[][] b = new int[3][];
        for (int i = 0; i < 3; i++) {
            b[i] = a[i].clone();
            for (int t = cut + 1; t < b[i].length; t++) {
                b[i][t] = (b[i][t] + 1) % Tokens.VOCABULARY;
            }
        }
        INDArray pa = net.probabilities(ArithmeticTrainer.inputs(a));
        INDArray pb = net.probabilities(ArithmeticTrainer.inputs(b));
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < Tokens.CONTEXT; t++) {
                boolean same = pa.getRow((long) i * Tokens.CONTEXT + t).equals(pb.getRow((long) i * Tokens.CONTEXT + t));
                assertEquals(t <= cut, same, "sequence " + i + ", position " + t);
            }
        }
    }

    @Test
    void theParameterCountIsTheArchitecturesFormula() {
        for (ArithmeticSize s : List.of(new ArithmeticSize(4, 1, 1), new ArithmeticSize(48, 2, 4))) {
            long d = s.dModel();
            long v = Tokens.VOCABULARY;
            long block = 4 * (d * d + d) + 4 * d + (d * 4 * d + 4 * d) + (4 * d * d + d);
            long expected = v * d + Tokens.CONTEXT * d + s.layers() * block + 2 * d + d * v + v;
            assertEquals(expected, ArithmeticNetwork.build(s, 1, DataType.FLOAT).parameterCount(), s.id());
        }
        assertEquals(446, ArithmeticNetwork.build(ArithmeticFamily.SIZES.get(0), 1, DataType.FLOAT).parameterCount());
    }

    @Test
    void theFirstGreedyDigitIsTheTeacherForcedPredictionForEveryProblem() {
        for (int r = 0; r < trained.position().length; r++) {
            if (trained.position()[r] == 0 && trained.tokens().predicted()[r] <= 9) {
                assertTrue(trained.greedyLength()[r] > 0 && trained.greedyAnswer(r)[0] == trained.tokens().predicted()[r],
                        "row " + r);
            }
        }
    }

    @Test
    void aShortRunLearnsOneDigitSumsAndMostDigitsAndLongAnswersAreHarder() {
        List<MetricValue> em = new ExactMatch().evaluate(trained);
        double tokenAccuracy = new PerLength(new Accuracy()).evaluate(trained).get(0).value();
        assertTrue(em.get(0).value() >= 0.5 && tokenAccuracy > 0.5 && em.get(4).value() < em.get(0).value(),
                "exact match " + em + ", token accuracy "
                + tokenAccuracy + " (chance 0.1)");
        assertEquals(problems.test().stream().mapToInt(Problem::length).sum(), trained.position().length);
    }

    @Test
    void trainingTwiceWithTheSameSeedGivesTheSameOutputsBitForBit() {
        ArithmeticTrainer trainer = new ArithmeticTrainer(problems, new AdamBudget(640, 1, 64, 1e-3));
        ArithmeticOutputs first = ArithmeticOutputs.of(trainer.train(run(9), f -> { }).outputs());
        ArithmeticOutputs second = ArithmeticOutputs.of(trainer.train(run(9), f -> { }).outputs());
        assertArrayEquals(first.tokens().pTrue(), second.tokens().pTrue(), 0.0);
        assertArrayEquals(first.greedy(), second.greedy());
    }

    @Test
    void checkpointsReadTheProbeUpToTheLastStepAndChangeNothingInTraining(@TempDir Path dir) throws IOException {
        // Two epochs of 5 steps (320 problems, batches of 64): 12 log-spaced steps round to 8, inside epochs and at
        // their ends.
        ArithmeticTrainer trainer = new ArithmeticTrainer(problems, new AdamBudget(320, 2, 64, 1e-3));
        TrainedModel without = trainer.train(run(4), f -> { });
        List<Problem> probe = problems.probe(3);
        TrainedModel with = trainer.checkpointed(probe).train(run(4), f -> { });
        OutputsCsv.write(without.outputs(), dir.resolve("without.csv.gz"));
        OutputsCsv.write(with.outputs(), dir.resolve("with.csv.gz"));
        assertEquals(-1, Files.mismatch(dir.resolve("without.csv.gz"), dir.resolve("with.csv.gz")));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 7L, 8L, 10L),
                with.checkpoints().stream().map(CheckpointOutputs::step).toList());
        assertEquals(List.of(64L, 320L, 448L, 640L), List.of(with.checkpoints().get(0).examples(),
                with.checkpoints().get(4).examples(), with.checkpoints().get(5).examples(),
                with.checkpoints().get(7).examples()));
        int probeDigits = probe.stream().mapToInt(Problem::length).sum();
        assertEquals(List.of(probeDigits), with.checkpoints().stream().map(c -> c.outputs().rows()).distinct()
                .toList());
        // The last checkpoint is the final model on the probe: the same numbers as its rows of the final outputs.
        ArithmeticOutputs last = ArithmeticOutputs.of(with.checkpoints().get(7).outputs());
        ArithmeticOutputs whole = ArithmeticOutputs.of(with.outputs());
        Map<List<Integer>, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < whole.a().length; r++) {
            rowOf.put(List.of(whole.a()[r], whole.b()[r], whole.position()[r]), r);
        }
        for (int r = 0; r < probeDigits; r++) {
            int at = rowOf.get(List.of(last.a()[r], last.b()[r], last.position()[r]));
            assertEquals(whole.tokens().pTrue()[at], last.tokens().pTrue()[r], 0.0, "row " + r);
            assertEquals(whole.greedy()[at], last.greedy()[r], "row " + r);
        }
    }
}
