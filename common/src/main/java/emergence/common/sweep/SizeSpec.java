package emergence.common.sweep;

import java.util.Map;
import java.util.Objects;

/**
 * One member of a model family, as the sweep runner sees it.
 *
 * @param id     stable identifier used in run directories and tables (letters, digits, '-', '_', '.')
 * @param cost   relative training cost (e.g. forward multiply-accumulates), used for progress and ETA only
 * @param config the member's architecture knobs, recorded in its manifests
 */
public record SizeSpec(String id, double cost, Map<String, Object> config) {
    public SizeSpec {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("size id must use letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("size cost must be positive and finite, got " + cost);
        }
        config = Map.copyOf(config);
    }
}
