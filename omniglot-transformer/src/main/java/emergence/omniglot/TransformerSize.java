package emergence.omniglot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One member of the transformer family, stored whole in every run's manifest ({@code size}: d_model, layers,
 * heads, conv_channels).
 *
 * @param dModel   token width
 * @param layers   transformer blocks
 * @param heads    attention heads (divides {@code dModel})
 * @param channels channels of the two convolutions of the image embedder
 */
public record TransformerSize(@JsonProperty("d_model") int dModel, int layers, int heads,
                              @JsonProperty("conv_channels") int channels) {
    public TransformerSize {
        if (dModel < 2 || layers < 1 || heads < 1 || dModel % heads != 0 || channels < 1) {
            throw new IllegalArgumentException("transformer size needs dModel ≥ 2 divisible by heads ≥ 1, layers ≥ 1"
                    + " and channels ≥ 1; got dModel=" + dModel + ", layers=" + layers + ", heads=" + heads
                    + ", channels=" + channels);
        }
    }

    /** A size; its id is {@code dDDD-lL}. */
    public static TransformerSize of(int dModel, int layers, int heads, int channels) {
        return new TransformerSize(dModel, layers, heads, channels);
    }

    /** Size id used in result paths, e.g. {@code d064-l2}. */
    public String id() {
        return String.format("d%03d-l%d", dModel, layers);
    }
}
