package emergence.lenet;

import java.util.List;

/**
 * One member of the paper's LeNet family: a fixed front end, conv 3×3 (32 channels, 'same' padding) → ReLU →
 * max-pool 2, feeding its 6,272 features into one dense layer of {@code width} units (ReLU) and dense 10, so that
 * parameters = 6,283·width + 330 (the paper's members follow ≈ 6,282·width + 263). Stored whole in every run's
 * manifest ({@code size}: width).
 *
 * @param width units of the dense layer, ≥ 1
 */
public record PaperLeNetSize(int width) implements LeNetShape {
    /** Channels of the front end's convolution. */
    public static final int FRONT_CHANNELS = 32;

    public PaperLeNetSize {
        LeNetSize.check("width", width);
    }

    @Override
    public List<Conv> convs() {
        return List.of(new Conv(3, FRONT_CHANNELS, true));
    }

    @Override
    public int hidden() {
        return width;
    }

    /** Stable id used in run directories and tables, e.g. {@code w08}. */
    @Override
    public String id() {
        return String.format("w%02d", width);
    }
}
