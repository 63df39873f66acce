package emergence.core.sweep;

import java.util.Objects;

/**
 * One member of a model family, as the sweep runner sees it.
 *
 * @param id     stable identifier used in run directories and tables (letters, digits, '-', '_', '.')
 * @param cost   relative training cost (e.g. forward multiply-accumulates), used for progress and ETA only
 * @param flops  operations of one training example, counted from the architecture (the training-compute axis)
 * @param params trainable parameters of one member, counted from the architecture (the trainer's built network must
 *               have exactly these; a stored run's manifest is checked against them)
 * @param config the member's architecture, a typed record stored whole in its manifests and handed to the trainer
 * @param <C>    the family's size record
 */
public record SizeSpec<C extends Record>(String id, double cost, ExampleFlops flops, long params, C config) {
    public SizeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flops, "flops");
        Objects.requireNonNull(config, "config");
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("size id must use letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        if (params < 1) {
            throw new IllegalArgumentException("size " + id + " must have at least one parameter, got " + params);
        }
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("size cost must be positive and finite, got " + cost);
        }
    }
}
