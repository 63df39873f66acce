package emergence.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.metrics.Accuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.training.nn.AdamBudget;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The student trainer: parameter counts, determinism, outputs for every test point, and a short run that learns. */
@Tag("training")
class StudentTrainerTest {
    private static final AdamBudget SHORT = new AdamBudget(2_000, 2, 100, 1e-2);
    private static StudentTrainer trainer;

    @BeforeAll
    static void draw() {
        trainer = new StudentTrainer(TeacherTask.draw(SHORT.trainExamples()), SHORT);
    }

    private static RunSpec<StudentSize> run(int width, long seed) {
        StudentSize s = new StudentSize(width);
        return new RunSpec<>(TeacherStudent.NAME, new SizeSpec<>(s.id(), 1, new ExampleFlops(1), s.params(), s), 0, 0, seed);
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
    void aBudgetThatStepsTheRateDownIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StudentTrainer(TeacherTask.draw(2_000),
                SHORT.withStepDecay(1, 1e-3)));
    }

    private static ClassificationOutputs outputs(TrainedModel model) {
        return ClassificationOutputs.of(model.outputs());
    }

    private static double accuracy(TrainedModel model) {
        return new Accuracy().evaluate(outputs(model)).get(0).value();
    }
}
