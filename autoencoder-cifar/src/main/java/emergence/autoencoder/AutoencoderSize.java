package emergence.autoencoder;

/**
 * One member of the autoencoder family: 3072 → {@code hidden} ({@code activation}) → 3072, untied weights with
 * biases. Stored whole in every run's manifest ({@code size}: hidden, activation).
 *
 * @param hidden     width of the bottleneck, ≥ 1
 * @param activation the hidden layer's activation (the family uses {@value #TANH})
 */
public record AutoencoderSize(int hidden, String activation) {
    public static final String TANH = "tanh";

    public AutoencoderSize {
        if (hidden < 1 || hidden > 65_536) {
            throw new IllegalArgumentException("hidden width must be in 1..65536, got " + hidden);
        }
        if (!TANH.equals(activation)) {
            throw new IllegalArgumentException("the autoencoder family has tanh hidden units, got " + activation);
        }
    }

    /** A tanh member of width {@code hidden}. */
    public static AutoencoderSize of(int hidden) {
        return new AutoencoderSize(hidden, TANH);
    }

    /** Multiply-accumulates of one forward pass of one image: the encoder's 3072 × h and the decoder's h × 3072. */
    public double forwardMacs() {
        return 2.0 * Cifar100.PIXELS * hidden;
    }

    /** Trainable parameters: encoder and decoder weights and biases, h·(2·3072 + 1) + 3072. */
    public long params() {
        return (long) hidden * (2L * Cifar100.PIXELS + 1) + Cifar100.PIXELS;
    }

    /** Size id used in result paths, e.g. {@code h0064}. */
    public String id() {
        return String.format("h%04d", hidden);
    }
}
