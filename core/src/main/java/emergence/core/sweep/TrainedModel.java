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
 * @param checkpoints the outputs at the steps of its {@link CheckpointSchedule}, the last at the run's last step:
 *                    {@code outputs} itself, or the outputs on the subset of the test set that every checkpoint is
 *                    evaluated on; empty for a trainer that evaluates only at the end
 */
public record TrainedModel(long params, ExampleOutputs outputs, Map<String, Object> details,
                           List<CheckpointOutputs> checkpoints) {
    public TrainedModel {
        details = Map.copyOf(details);
        checkpoints = List.copyOf(checkpoints);
    }

    /** A run evaluated only at the end. */
    public TrainedModel(long params, ExampleOutputs outputs, Map<String, Object> details) {
        this(params, outputs, details, List.of());
    }
}
