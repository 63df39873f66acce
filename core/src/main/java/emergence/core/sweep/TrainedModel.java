package emergence.core.sweep;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ExampleOutputs;
import java.util.List;
import java.util.Map;

/**
 * What a finished training run hands to the sweep runner.
 *
 * @param params      trainable parameters, counted from the built network
 * @param outputs     per-example outputs on the test set
 * @param details     extra facts for the manifest (final training loss, steps, …)
 * @param checkpoints the outputs at the steps of its {@link CheckpointSchedule}, the last of them {@code outputs}
 *                    itself; empty for a trainer that evaluates only at the end
 */
public record TrainedModel(long params, ExampleOutputs outputs, Map<String, Object> details,
                           List<CheckpointOutputs> checkpoints) {
    public TrainedModel {
        details = Map.copyOf(details);
        checkpoints = List.copyOf(checkpoints);
        if (!checkpoints.isEmpty() && checkpoints.get(checkpoints.size() - 1).outputs() != outputs) {
            throw new IllegalArgumentException("the last checkpoint must be the final outputs");
        }
    }

    /** A run evaluated only at the end. */
    public TrainedModel(long params, ExampleOutputs outputs, Map<String, Object> details) {
        this(params, outputs, details, List.of());
    }
}
