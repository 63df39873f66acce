package emergence.training.sweep;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ExampleOutputs;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What training one run produced, wherever it trained, handed to the sweep's single writer.
 *
 * @param name        the run's folder name
 * @param failure     why it failed (diverged), or null when it trained
 * @param params      trainable parameters (0 when failed)
 * @param seconds     training time (a share of the group's when several trained together)
 * @param together    runs trained together with it, itself included
 * @param details     extra manifest facts from the trainer
 * @param outputs     per-example test outputs, or null when failed
 * @param environment facts of the JVM that trained it (backend, BLAS, threads, machine)
 * @param checkpoints the outputs at its checkpoints, the last being {@code outputs} (empty: only the final ones)
 */
public record RunResult(String name, String failure, long params, double seconds, int together,
                        Map<String, Object> details, ExampleOutputs outputs, Map<String, String> environment,
                        List<CheckpointOutputs> checkpoints)
        implements Serializable {
    public RunResult {
        checkpoints = List.copyOf(checkpoints);
        // Sorted, serializable copies (the manifest sorts its keys too).
        details = new TreeMap<>(details);
        environment = new TreeMap<>(environment);
    }

    /** Whether the run trained (else it is stored as failed with {@link #failure()}). */
    public boolean ok() {
        return failure == null;
    }
}
