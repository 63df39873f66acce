package emergence.omniglot;

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
 * The causal-transformer family on Omniglot sequences and its data protocol: sequences of {@value #LENGTH}
 * (image, label) pairs, images area-averaged to {@value #SIDE}×{@value #SIDE}, {@value #TRAIN_DRAWERS} of each
 * class's 20 drawers train and 5 test, one budget for all sizes. A budget's examples and batch count images
 * (a batch of 160 is 32 sequences of 5).
 */
public final class TransformerFamily {
    public static final int LENGTH = 5;
    public static final int SIDE = 28;
    public static final int TRAIN_DRAWERS = 15;
    /** Seed of the per-class drawer split (fixed: the split is part of the dataset protocol, not of a run). */
    public static final long SPLIT_SEED = 5L;
    /** Seed of the fixed test sequences. */
    public static final long TEST_SEQUENCE_SEED = 23L;

    /**
     * Widths and depths, smallest first. Dense at the low end, where per-image accuracy climbs from near chance,
     * sparse at the top, where it saturates (see README): the members' accuracies rise in comparable steps.
     */
    public static final List<TransformerSize> SIZES = List.of(
            TransformerSize.of(8, 1, 2, 2),
            TransformerSize.of(10, 1, 2, 2),
            TransformerSize.of(12, 1, 2, 3),
            TransformerSize.of(14, 1, 2, 3),
            TransformerSize.of(16, 1, 2, 4),
            TransformerSize.of(20, 1, 2, 5),
            TransformerSize.of(24, 1, 2, 6),
            TransformerSize.of(64, 2, 4, 16),
            TransformerSize.of(128, 4, 4, 64));

    /** Classes, test sequences, budget and training-image augmentation of a profile. */
    public record Protocol(int classes, int testSequences, AdamBudget budget, RandomShift shift) {
    }

    /**
     * The paper profile: all 1,623 characters (24,345 training images), 2,000 test sequences, 20 epochs (the
     * largest size, calibrated alone, reached per-image accuracy 0.772 after 10 epochs and 0.800 after 15).
     */
    public static final Protocol PAPER = new Protocol(1623, 2000, new AdamBudget(1623 * TRAIN_DRAWERS, 20, 160,
            1e-3), new RandomShift(2));
    /** How the paper budget was chosen. */
    static final BudgetRule RULE = new BudgetRule(BudgetRule.Kind.SAME_EPOCHS, "20 epochs of the 24,345 training "
            + "images (each shifted by up to 2 px; an example is a sequence of 5 of them), batch 160, Adam 1e-3: the "
            + "largest size, calibrated alone, reached per-image accuracy 0.772 after 10 epochs and 0.800 after 15.");
    /** The quick profile: the first 100 characters, 500 test sequences, every other size and the largest. */
    public static final Protocol QUICK = new Protocol(100, 500, new AdamBudget(100 * TRAIN_DRAWERS, 20, 160,
            1e-3), new RandomShift(2));

    /** Progress-ETA cost of a size: multiply-accumulates per image (the head and table scale with classes). */
    private static double cost(TransformerSize s, int classes) {
        long d = s.dModel();
        double conv = 9.0 * SIDE * SIDE * s.channels() + 9.0 * SIDE * SIDE / 4 * s.channels() * 2 * s.channels();
        double embed = 2.0 * s.channels() * (SIDE / 4) * (SIDE / 4) * d;
        double blocks = 2 * s.layers() * 12.0 * d * d;
        return conv + embed + blocks + 2.0 * d * classes + 2e5;
    }

    /**
     * Multiply-accumulates of one forward pass of one training sequence ({@value #LENGTH} images and their labels):
     * per image the two 3×3 convolutions ('same' padding, the second on the pooled half-size image) and the linear
     * map to d, per label the one-hot table product (classes × d), per block the q, k, v, o and MLP products (12·d²
     * a token) and attention's scores and mixing over all 2·{@value #LENGTH} tokens (2 · tokens² · d), and the head
     * at every image position (d × classes).
     */
    static double forwardMacs(TransformerSize s, int classes) {
        double d = s.dModel();
        double c1 = s.channels();
        double c2 = 2 * c1;
        double tokens = 2.0 * LENGTH;
        double image = 9.0 * SIDE * SIDE * c1 + 9.0 * (SIDE / 2) * (SIDE / 2) * c1 * c2
                + c2 * (SIDE / 4) * (SIDE / 4) * d;
        return LENGTH * (image + classes * d + d * classes)
                + s.layers() * (12 * tokens * d * d + 2 * tokens * tokens * d);
    }

    /**
     * Trainable parameters of {@link TransformerNetwork} for {@code classes} labels: the image embedder's two
     * convolutions and linear map, the label table, the positions, the decoder blocks (LayerNorms, q, k, v, o and the
     * 4·d MLP: 12·d² + 13·d each), the final LayerNorm and the head.
     */
    static long params(TransformerSize s, int classes) {
        long d = s.dModel();
        long c1 = s.channels();
        long c2 = 2L * c1;
        long flat = c2 * (SIDE / 4) * (SIDE / 4);
        long embedder = 9 * c1 + c1 + 9 * c1 * c2 + c2 + flat * d + d;
        return embedder + (long) classes * d + 2L * LENGTH * d + s.layers() * (12 * d * d + 13 * d) + 2 * d
                + d * classes + classes;
    }

    private TransformerFamily() {
    }

    public static Protocol protocol(Profile profile) {
        return profile == Profile.PAPER ? PAPER : QUICK;
    }

    public static List<TransformerSize> sizes(Profile profile) {
        return profile == Profile.PAPER ? SIZES : FamilyPlan.everyOtherAndLargest(SIZES);
    }

    public static FamilyPlan<TransformerSize> plan(Profile profile) {
        Protocol p = protocol(profile);
        List<SizeSpec<TransformerSize>> specs = sizes(profile).stream()
                .map(s -> new SizeSpec<>(s.id(), cost(s, p.classes()), new ExampleFlops(forwardMacs(s, p.classes())),
                        params(s, p.classes()), s)).toList();
        Map<String, Object> budget = new LinkedHashMap<>(p.budget().asMap());
        budget.put("classes", p.classes());
        budget.put("sequence_length", LENGTH);
        budget.put("image_side", SIDE);
        budget.put("train_drawers", TRAIN_DRAWERS);
        budget.put("augmentation", p.shift().max() == 0 ? "none" : "each training image shifted by up to ±"
                + p.shift().max() + " px per axis (zero fill), drawn from the run's seed");
        budget.put("split_seed", SPLIT_SEED);
        budget.put("test_sequences", p.testSequences());
        budget.put("test_sequence_seed", TEST_SEQUENCE_SEED);
        budget.put("init", "uniform(+-1/sqrt(fan_in)); embeddings uniform(+-1/sqrt(d_model)); LayerNorm 1, 0");
        // An example is a sequence of LENGTH images: the budget counts images.
        return new FamilyPlan<>(specs, profile == Profile.PAPER ? 3 : 1, budget, RULE, p.budget().examples() / LENGTH);
    }
}
