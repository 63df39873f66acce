package emergence.core.sweep;

import emergence.core.outputs.ExampleOutputs;
import java.util.Map;

/**
 * What a finished training run hands to the sweep runner.
 *
 * @param params  trainable parameters, counted from the built network
 * @param outputs per-example outputs on the test set
 * @param details extra facts for the manifest (final training loss, steps, …)
 */
public record TrainedModel(long params, ExampleOutputs outputs, Map<String, Object> details) {
    public TrainedModel {
        details = Map.copyOf(details);
    }
}
