package emergence.arithmetic;

import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import emergence.training.nn.AdamBudget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The arithmetic transformer family and its data protocol: {@value #TEST_PER_LENGTH} test problems per answer length
 * (11 of one digit), the first {@value #PROBE_PER_LENGTH} of each length also at every checkpoint, a training pool of
 * the same distribution without them, one budget for all sizes.
 */
public final class ArithmeticFamily {
    /** Test problems per answer length (one-digit answers: 11 of the 55 there are). */
    public static final int TEST_PER_LENGTH = 2000;
    /**
     * Test problems per answer length a run's checkpoints are evaluated on (the first of each length): the outputs of
     * all of them at 12 checkpoints would weigh 3.5 MB a run, these 0.4 MB.
     */
    public static final int PROBE_PER_LENGTH = 200;
    /** Seeds per size of the paper profile. */
    public static final int PAPER_SEEDS = 3;
    /** Seed of the problems (fixed: they are the dataset, not part of a run). */
    public static final long PROBLEM_SEED = 19L;

    /**
     * Widths and depths, smallest first: dense where one layer learns the carry within the budget (calibrated on one
     * seed: at L = 5 exact match 0.000 for d=8, 0.13 for d=12, 0.72 for d=16, 0.97 for d=24), then wider and deeper.
     */
    public static final List<ArithmeticSize> SIZES = List.of(
            new ArithmeticSize(4, 1, 1),
            new ArithmeticSize(6, 1, 2),
            new ArithmeticSize(8, 1, 2),
            new ArithmeticSize(10, 1, 2),
            new ArithmeticSize(12, 1, 2),
            new ArithmeticSize(14, 1, 2),
            new ArithmeticSize(16, 1, 2),
            new ArithmeticSize(24, 1, 2),
            new ArithmeticSize(32, 1, 4),
            new ArithmeticSize(48, 2, 4));

    /** Training problems and budget of a profile. */
    public record Protocol(int trainProblems, AdamBudget budget) {
    }

    /** The paper profile: 1,000 steps of 64 problems, each training problem seen once. */
    public static final Protocol PAPER = new Protocol(64_000, new AdamBudget(64_000, 1, 64, 1e-3));
    /** How the budget was chosen: the sizes were placed under it, not it under the sizes. */
    static final BudgetRule RULE = new BudgetRule(BudgetRule.Kind.SAME_STEPS, "1,000 steps of 64 fresh problems, "
            + "Adam 1e-3, fixed first; the widths were then placed where one layer learns the carry within it "
            + "(calibrated on one seed: exact match at L = 5 0.000 for d = 8, 0.13 for d = 12, 0.72 for d = 16, 0.97 "
            + "for d = 24).");
    /** The quick profile: every other size and the largest, one seed, 313 steps. */
    public static final Protocol QUICK = new Protocol(20_000, new AdamBudget(20_000, 1, 64, 1e-3));

    private ArithmeticFamily() {
    }

    public static Protocol protocol(Profile profile) {
        return profile == Profile.PAPER ? PAPER : QUICK;
    }

    public static List<ArithmeticSize> sizes(Profile profile) {
        return profile == Profile.PAPER ? SIZES : FamilyPlan.everyOtherAndLargest(SIZES);
    }

    /** The problems of a profile. */
    public static ProblemSets problems(Profile profile) {
        return ProblemSets.draw(TEST_PER_LENGTH, protocol(profile).trainProblems(), PROBLEM_SEED);
    }

    /**
     * Progress-ETA cost of a size: multiply-accumulates per token plus SameDiff's fixed cost per op, which
     * dominates the small members (a step of d=4 costs about a third of a step of d=96).
     */
    private static double cost(ArithmeticSize s) {
        long d = s.dModel();
        return s.layers() * (12.0 * d * d + 2.0 * Tokens.CONTEXT * d) + 2.0 * d * Tokens.VOCABULARY + 2e4 * s.layers()
                + 2e4;
    }

    /**
     * Multiply-accumulates of one forward pass of one problem ({@value Tokens#CONTEXT} tokens, every position through
     * the head): the one-hot token product (context × vocabulary × d), per block the q, k, v, o and MLP products
     * (12·d² a token) and attention's scores and mixing over the whole context (2 · context² · d, the masked half
     * included: the graph computes it), and the head (context × d × vocabulary).
     */
    static double forwardMacs(ArithmeticSize s) {
        double d = s.dModel();
        double t = Tokens.CONTEXT;
        double v = Tokens.VOCABULARY;
        return t * v * d + s.layers() * (12 * t * d * d + 2 * t * t * d) + t * d * v;
    }

    /**
     * Trainable parameters of {@link ArithmeticNetwork}: the token table, the positions, the decoder blocks
     * (LayerNorms, q, k, v, o and the 4·d MLP: 12·d² + 13·d each), the final LayerNorm and the head.
     */
    static long params(ArithmeticSize s) {
        long d = s.dModel();
        long v = Tokens.VOCABULARY;
        return v * d + (long) Tokens.CONTEXT * d + s.layers() * (12 * d * d + 13 * d) + 2 * d + d * v + v;
    }

    /** The family member of a size: its id, cost, FLOPs and parameters. */
    static SizeSpec<ArithmeticSize> spec(ArithmeticSize s) {
        return new SizeSpec<>(s.id(), cost(s), new ExampleFlops(forwardMacs(s)), params(s), s);
    }

    /**
     * The sizes between two members: every width in between at their depth, with the smaller one's heads where they
     * divide the width, else one head; none between sizes of different depths.
     */
    static List<ArithmeticSize> between(ArithmeticSize lower, ArithmeticSize upper) {
        if (lower.layers() != upper.layers()) {
            return List.of();
        }
        return IntStream.range(lower.dModel() + 1, upper.dModel()).mapToObj(d -> new ArithmeticSize(d,
                lower.layers(), d % lower.heads() == 0 ? lower.heads() : 1)).toList();
    }

    public static FamilyPlan<ArithmeticSize> plan(Profile profile) {
        Protocol p = protocol(profile);
        List<SizeSpec<ArithmeticSize>> specs = sizes(profile).stream().map(ArithmeticFamily::spec).toList();
        Map<String, Object> budget = new LinkedHashMap<>(p.budget().asMap());
        budget.put("task", "addition of two operands of up to " + Problem.DIGITS + " digits");
        budget.put("format", "aaaaa+bbbbb= then the answer least significant digit first, then an end token");
        budget.put("train_problems", p.trainProblems());
        budget.put("test_problems_per_length", TEST_PER_LENGTH);
        budget.put("checkpoint_problems_per_length", PROBE_PER_LENGTH);
        budget.put("problem_seed", PROBLEM_SEED);
        budget.put("init", "uniform(+-1/sqrt(fan_in)); embeddings uniform(+-1/sqrt(d_model)); LayerNorm 1, 0");
        return new FamilyPlan<>(specs, profile == Profile.PAPER ? PAPER_SEEDS : 1, budget, RULE, p.budget().examples());
    }
}
