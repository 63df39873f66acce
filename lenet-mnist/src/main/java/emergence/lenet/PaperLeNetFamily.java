package emergence.lenet;

import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The paper's LeNet family: one fixed convolutional front end, the dense layer's width w ∈ {1, …, 8, 12, 16, 24, 32,
 * 48, 64} ({@link PaperLeNetSize}), so its 14 members span 6.6k–402k parameters as the paper's do (≈ 6,282·w + 263).
 * It trains under the lab family's budget ({@link LeNetFamily#PAPER}, {@link LeNetFamily#QUICK}), so the two families
 * differ in shape only.
 */
public final class PaperLeNetFamily {
    /** All members, smallest first. */
    public static final List<PaperLeNetSize> SIZES = Stream.concat(IntStream.rangeClosed(1, 8).boxed(),
            Stream.of(12, 16, 24, 32, 48, 64)).map(PaperLeNetSize::new).toList();

    /** The lab family's budget: the paper does not give its own, and so the two families differ in architecture only. */
    static final BudgetRule RULE = new BudgetRule(BudgetRule.Kind.SAME_EPOCHS, "The lab LeNet family's budget (Adam "
            + "1e-4, batch 128, 4 epochs): the paper does not give its own, and so the two families differ in "
            + "architecture only.");

    /** SameDiff's fixed cost per step, in forward multiply-accumulates per image (as {@link LeNetFamily}'s). */
    private static final double STEP_OVERHEAD_MACS = 1e6;

    private PaperLeNetFamily() {
    }

    /** The family member of a width: its id, cost, FLOPs and parameters. */
    static SizeSpec<PaperLeNetSize> spec(PaperLeNetSize s) {
        return new SizeSpec<>(s.id(), s.forwardMacs() + STEP_OVERHEAD_MACS, new ExampleFlops(s.forwardMacs()),
                s.params(), s);
    }

    /** Every width strictly between two members'. */
    static List<PaperLeNetSize> between(PaperLeNetSize lower, PaperLeNetSize upper) {
        return IntStream.range(lower.width() + 1, upper.width()).mapToObj(PaperLeNetSize::new).toList();
    }

    public static List<PaperLeNetSize> sizes(Profile profile) {
        return profile == Profile.PAPER ? SIZES : FamilyPlan.everyOtherAndLargest(SIZES);
    }

    /**
     * Every run is a task of its own: stacking the seeds of a size block-diagonally would triple the front end's
     * arithmetic (its input channels become the members'), which every member of this family carries.
     */
    public static FamilyPlan<PaperLeNetSize> plan(Profile profile) {
        List<SizeSpec<PaperLeNetSize>> specs = sizes(profile).stream().map(PaperLeNetFamily::spec).toList();
        Map<String, Object> budget = new LinkedHashMap<>(LeNetFamily.budget(profile).asMap());
        budget.put("init", "uniform(+-1/sqrt(fan_in))");
        budget.put("normalization", "(x/255-0.1307)/0.3081");
        return new FamilyPlan<>(specs, profile == Profile.PAPER ? 3 : 1, budget, RULE,
                LeNetFamily.budget(profile).examples(), 1);
    }
}
