package emergence.lenet;

import java.util.List;

/**
 * The shape of a member of a LeNet-style family on 28×28 images: convolutions, each followed by ReLU and a 2×2
 * max-pool, then one hidden dense layer (ReLU) and 10 outputs. {@link LeNetNetwork} builds any such shape.
 */
public interface LeNetShape {
    /** One convolution: a square {@code kernel}, {@code channels} outputs, 'same' or 'valid' padding. */
    record Conv(int kernel, int channels, boolean same) {
    }

    /** The convolutions, input side first. */
    List<Conv> convs();

    /** Units of the hidden dense layer. */
    int hidden();

    /** Stable id used in run directories and tables. */
    String id();

    /** Features the convolutions hand to the dense layer (channels × side² after the last pool). */
    default int features() {
        int side = LeNetNetwork.SIDE;
        int channels = 1;
        for (Conv c : convs()) {
            side = (c.same() ? side : side - c.kernel() + 1) / 2;
            channels = c.channels();
        }
        return channels * side * side;
    }

    /** Trainable parameters: each convolution's kernels and biases, then the two dense layers' weights and biases. */
    default long params() {
        long params = 0;
        int in = 1;
        for (Conv c : convs()) {
            params += (long) c.kernel() * c.kernel() * in * c.channels() + c.channels();
            in = c.channels();
        }
        return params + (long) features() * hidden() + hidden() + (long) hidden() * LeNetNetwork.CLASSES
                + LeNetNetwork.CLASSES;
    }

    /**
     * Multiply-accumulates of one forward pass of one image: each convolution's output pixels × kernel² × input
     * channels × output channels, then the two dense layers (the training-compute count and, with a fixed overhead,
     * the progress ETAs).
     */
    default double forwardMacs() {
        double macs = 0;
        int side = LeNetNetwork.SIDE;
        int in = 1;
        for (Conv c : convs()) {
            int out = c.same() ? side : side - c.kernel() + 1;
            macs += (double) out * out * c.kernel() * c.kernel() * in * c.channels();
            side = out / 2;
            in = c.channels();
        }
        return macs + (double) features() * hidden() + hidden() * (double) LeNetNetwork.CLASSES;
    }
}
