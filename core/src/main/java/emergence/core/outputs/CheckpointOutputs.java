package emergence.core.outputs;

import java.io.Serializable;
import java.util.Objects;

/**
 * A run's per-example test outputs at one step of its training, as its trainer evaluated them.
 *
 * @param step     optimiser steps taken, 1..the run's last
 * @param examples training examples seen up to then, repeats counted
 * @param outputs  the outputs, in the columns of the run's final outputs
 */
public record CheckpointOutputs(long step, long examples, ExampleOutputs outputs) implements Serializable {
    public CheckpointOutputs {
        Objects.requireNonNull(outputs, "outputs");
        if (step < 1 || examples < 1) {
            throw new IllegalArgumentException("a checkpoint comes after at least one step and one example, got step "
                    + step + ", examples " + examples);
        }
    }
}
