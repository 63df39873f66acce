package emergence.autoencoder;

import emergence.common.data.Cifar100;
import emergence.common.nn.AdamBudget;
import emergence.common.sweep.FamilyPlan;
import emergence.common.sweep.Profile;
import emergence.common.sweep.SizeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shallow-autoencoder family: hidden widths h from 1 to 1024 (19 sizes), one budget for all. */
public final class AutoencoderFamily {
    /** Hidden widths, smallest first. */
    public static final List<Integer> WIDTHS = List.of(1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384,
            512, 768, 1024);

    /**
     * The paper profile: every width, 3 seeds, Adam 1e-3, batch 256, 35 epochs of all 50,000 training images.
     * Calibrated at h=1024, whose error falls slowest (0.090 after 3 epochs, 0.039–0.048 after 10 on two
     * seeds) and extrapolated to about 0.02 at 35 epochs; the paper sweep measured 0.040 there (seeds 0.027,
     * 0.037, 0.056), 1.23 decades below h=1 (0.684). Batch 64 (a 0.06–0.075 plateau) was worse, and so, after
     * 10 epochs on one seed, were Adam 2e-3 (0.146), 3e-3 (0.132) and 1e-3 decayed linearly to 0 (0.182)
     * against 1e-3 constant (0.068).
     */
    public static final AdamBudget PAPER = new AdamBudget(Cifar100.TRAIN_COUNT, 35, 256, 1e-3);
    /** The quick profile: every other width and the largest, 1 seed, 3 epochs of 20,000 images. */
    public static final AdamBudget QUICK = new AdamBudget(20_000, 3, 256, 1e-3);

    /** SameDiff's fixed cost per step, in multiply-accumulates per image (for progress ETAs only). */
    private static final double STEP_OVERHEAD_MACS = 2e6;

    private AutoencoderFamily() {
    }

    public static AdamBudget budget(Profile profile) {
        return profile == Profile.PAPER ? PAPER : QUICK;
    }

    public static List<Integer> widths(Profile profile) {
        if (profile == Profile.PAPER) {
            return WIDTHS;
        }
        return FamilyPlan.everyOtherAndLargest(WIDTHS);
    }

    /** Size id of a width, e.g. {@code h0064}. */
    public static String id(int hidden) {
        return String.format("h%04d", hidden);
    }

    /** Width of a size id. */
    public static int parse(String id) {
        if (!id.matches("h\\d+")) {
            throw new IllegalArgumentException("not an autoencoder size id (hNNNN): '" + id + "'");
        }
        return Integer.parseInt(id.substring(1));
    }

    public static FamilyPlan plan(Profile profile) {
        List<SizeSpec> sizes = widths(profile).stream().map(h -> new SizeSpec(id(h),
                2.0 * Cifar100.PIXELS * h + STEP_OVERHEAD_MACS, Map.of("hidden", h, "activation", "tanh"))).toList();
        Map<String, Object> budget = new LinkedHashMap<>(budget(profile).asMap());
        budget.put("init", "uniform(+-1/sqrt(fan_in))");
        budget.put("normalization", "per-channel standardization with training-set mean and std");
        return new FamilyPlan(sizes, profile == Profile.PAPER ? 3 : 1, budget);
    }
}
