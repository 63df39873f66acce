package emergence.arithmetic;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One member of the arithmetic transformer family, stored whole in every run's manifest.
 *
 * @param dModel token width
 * @param layers transformer blocks
 * @param heads  attention heads (divides {@code dModel})
 */
public record ArithmeticSize(@JsonProperty("d_model") int dModel, int layers, int heads) {
    public ArithmeticSize {
        if (dModel < 2 || layers < 1 || heads < 1 || dModel % heads != 0) {
            throw new IllegalArgumentException("arithmetic transformer size needs dModel ≥ 2 divisible by heads ≥ 1 "
                    + "and layers ≥ 1; got dModel=" + dModel + ", layers=" + layers + ", heads=" + heads);
        }
    }

    /** Size id used in result paths, e.g. {@code d064-l2}. */
    public String id() {
        return String.format("d%03d-l%d", dModel, layers);
    }
}
