package emergence.teacher;

import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import emergence.training.nn.AdamBudget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The student family: one-hidden-layer tanh MLPs from 1 to 64 hidden units (29 to 1,226 parameters, 1.6 decades),
 * about two sizes per octave, all trained on the same budget. Accuracy rises over the whole family while
 * K-of-K subset accuracy stays near 0 for the narrow students. The quick profile is every size with one seed, the
 * family {@code bin/lab demo} trains live; the paper profile adds seeds.
 */
public final class StudentFamily {
    /** Hidden widths, smallest first. */
    public static final List<Integer> WIDTHS = List.of(1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64);
    /** 6 epochs of 20,000 points in batches of 200 (600 steps), Adam at 0.01. */
    public static final AdamBudget BUDGET = new AdamBudget(20_000, 6, 200, 1e-2);
    /** How the budget was chosen. */
    static final BudgetRule RULE = new BudgetRule(BudgetRule.Kind.SAME_EPOCHS, "Adam 0.01, batch 200, 6 epochs of "
            + "the 20,000 points: set so that the live demo trains the whole family in about 15 s here; not "
            + "calibrated further.");
    /** Seeds of the paper profile (each run takes about a second). */
    public static final int PAPER_SEEDS = 5;

    private StudentFamily() {
    }

    /**
     * Progress-ETA cost of a size: DL4J's fixed cost per step dominates (a step of width 1 takes about as long as
     * one of width 64), so a constant plus the multiply-accumulates.
     */
    private static double cost(StudentSize s) {
        return 2_000 + s.params();
    }

    public static FamilyPlan<StudentSize> plan(Profile profile) {
        List<SizeSpec<StudentSize>> sizes = WIDTHS.stream().map(StudentSize::new)
                .map(s -> new SizeSpec<>(s.id(), cost(s), new ExampleFlops(s.forwardMacs()), s.params(), s)).toList();
        Map<String, Object> budget = new LinkedHashMap<>(BUDGET.asMap());
        budget.put("task", "points in " + TeacherTask.INPUTS + " dimensions labelled by a random tanh teacher ("
                + TeacherTask.TEACHER_HIDDEN + " hidden units, " + TeacherTask.CLASSES + " classes, margin "
                + TeacherTask.MARGIN + ")");
        budget.put("test_points", TeacherTask.TEST);
        budget.put("task_seed", TeacherTask.SEED);
        budget.put("init", "Xavier; tanh hidden layer, softmax output");
        return new FamilyPlan<>(sizes, profile == Profile.PAPER ? PAPER_SEEDS : 1, budget, RULE, BUDGET.examples());
    }
}
