package emergence.lenet;

/**
 * One member of the LeNet family: conv 5×5 ({@code conv1} channels) → ReLU → max-pool 2 → conv 5×5
 * ({@code conv2} channels) → ReLU → max-pool 2 → dense ({@code hidden} units) → ReLU → dense 10. Stored whole in
 * every run's manifest ({@code size}: conv1, conv2, hidden).
 *
 * @param conv1  channels of the first convolution, ≥ 1
 * @param conv2  channels of the second convolution, ≥ 1
 * @param hidden units of the hidden dense layer, ≥ 1
 */
public record LeNetSize(int conv1, int conv2, int hidden) {
    public LeNetSize {
        check("conv1", conv1);
        check("conv2", conv2);
        check("hidden", hidden);
    }

    private static void check(String name, int value) {
        if (value < 1 || value > 4096) {
            throw new IllegalArgumentException(name + " must be in 1..4096, got " + value);
        }
    }

    /** Stable id used in run directories and tables, e.g. {@code c4-8-h16}. */
    public String id() {
        return "c" + conv1 + "-" + conv2 + "-h" + hidden;
    }

    /** Multiply-accumulates of one forward pass of one 28×28 image: a relative cost for progress ETAs. */
    public double forwardMacs() {
        return 24.0 * 24 * conv1 * 25 + 8.0 * 8 * conv2 * conv1 * 25 + 16.0 * conv2 * hidden + hidden * 10.0;
    }
}
