package emergence.lenet;

import java.util.List;

/**
 * One member of the lab's LeNet family: conv 5×5 ({@code conv1} channels) → ReLU → max-pool 2 → conv 5×5
 * ({@code conv2} channels) → ReLU → max-pool 2 → dense ({@code hidden} units) → ReLU → dense 10. Stored whole in
 * every run's manifest ({@code size}: conv1, conv2, hidden).
 *
 * @param conv1  channels of the first convolution, ≥ 1
 * @param conv2  channels of the second convolution, ≥ 1
 * @param hidden units of the hidden dense layer, ≥ 1
 */
public record LeNetSize(int conv1, int conv2, int hidden) implements LeNetShape {
    public LeNetSize {
        check("conv1", conv1);
        check("conv2", conv2);
        check("hidden", hidden);
    }

    static void check(String name, int value) {
        if (value < 1 || value > 4096) {
            throw new IllegalArgumentException(name + " must be in 1..4096, got " + value);
        }
    }

    @Override
    public List<Conv> convs() {
        return List.of(new Conv(5, conv1, false), new Conv(5, conv2, false));
    }

    /** Stable id used in run directories and tables, e.g. {@code c4-8-h16}. */
    @Override
    public String id() {
        return "c" + conv1 + "-" + conv2 + "-h" + hidden;
    }
}
