package emergence.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.OutputsCsv;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The student trainer: parameter counts, determinism, outputs for every test point, and a short run that learns. */
@Tag("training")
class StudentTrainerTest {
    private static final AdamBudget SHORT = new AdamBudget(2_000, 2, 100, 1e-2);
    private static StudentTrainer trainer;

    @BeforeAll
    static void draw() {
        trainer = new StudentTrainer(TeacherTask.draw(SHORT.trainExamples()), SHORT).checkpointed();
    }

    private static RunSpec<StudentSize> run(int width, long seed) {
        StudentSize s = new StudentSize(width);
        return new RunSpec<>(TeacherStudent.NAME, new SizeSpec<>(s.id(), 1, new ExampleFlops(1), s.params(), s), 0, 0,
                seed);
    }

    @Test
    void theParameterCountIsTheNetworksAtEveryWidthOfTheFamily() {
        for (int width : StudentFamily.WIDTHS) {
            StudentSize s = new StudentSize(width);
            assertEquals(s.params(), StudentTrainer.network(s, 1, 1e-2).numParams(), s.id());
        }
        assertEquals(29, new StudentSize(1).params());
    }

    @Test
    void theSameSeedGivesTheSameOutputsAndAnotherSeedOthers() {
        double[] a = outputs(trainer.train(run(4, 7), f -> { })).pTrue();
        double[] b = outputs(trainer.train(run(4, 7), f -> { })).pTrue();
        double[] c = outputs(trainer.train(run(4, 8), f -> { })).pTrue();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void aWideStudentLearnsTheTeacherBetterThanANarrowOneWithinAShortBudget() {
        double narrow = accuracy(trainer.train(run(1, 3), f -> { }));
        double wide = accuracy(trainer.train(run(32, 3), f -> { }));
        assertTrue(wide > 0.6 && wide > narrow + 0.15, "accuracy: width 1 " + narrow + ", width 32 " + wide);
    }

    @Test
    void progressReachesOneAndTheOutputsCoverEveryTestPoint() {
        double[] last = {0};
        TrainedModel model = trainer.train(run(2, 1), f -> last[0] = f);
        assertEquals(1.0, last[0], 1e-12);
        assertEquals(TeacherTask.TEST, ClassificationOutputs.of(model.outputs()).size());
        assertEquals(SHORT.steps(), ((Number) model.details().get("steps")).longValue());
    }

    @Test
    void checkpointsAreLogSpacedEndWithTheFinalOutputsAndChangeNothingInTraining(@TempDir Path dir)
            throws IOException {
        TrainedModel with = trainer.train(run(8, 5), f -> { });
        TrainedModel without = new StudentTrainer(TeacherTask.draw(SHORT.trainExamples()), SHORT)
                .train(run(8, 5), f -> { });
        OutputsCsv.write(with.outputs(), dir.resolve("with.csv.gz"));
        OutputsCsv.write(without.outputs(), dir.resolve("without.csv.gz"));
        assertEquals(-1, Files.mismatch(dir.resolve("with.csv.gz"), dir.resolve("without.csv.gz")),
                "the final outputs are the same bytes with and without checkpoints");
        // 40 steps of 100 points: 12 log-spaced steps from 1 to 40, 11 of them distinct.
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 7L, 10L, 15L, 20L, 29L, 40L),
                with.checkpoints().stream().map(CheckpointOutputs::step).toList());
        assertEquals(List.of(100L, 4_000L), List.of(with.checkpoints().get(0).examples(),
                with.checkpoints().get(10).examples()));
        assertSame(with.outputs(), with.checkpoints().get(10).outputs());
        assertEquals(List.of(40L), without.checkpoints().stream().map(CheckpointOutputs::step).toList());
        double early = accuracy(with.checkpoints().get(0).outputs());
        double late = accuracy(with.outputs());
        assertTrue(late > early + 0.1, "the outputs change over training: " + early + " → " + late);
    }

    @Test
    void aBudgetThatStepsTheRateDownIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StudentTrainer(TeacherTask.draw(2_000),
                SHORT.withStepDecay(1, 1e-3)));
    }

    private static ClassificationOutputs outputs(TrainedModel model) {
        return ClassificationOutputs.of(model.outputs());
    }

    private static double accuracy(TrainedModel model) {
        return accuracy(model.outputs());
    }

    private static double accuracy(ExampleOutputs outputs) {
        return new Accuracy().evaluate(ClassificationOutputs.of(outputs)).get(0).value();
    }
}
