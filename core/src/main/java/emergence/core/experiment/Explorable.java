package emergence.core.experiment;

import java.util.Optional;

/**
 * A capability: the teaching explorer lets a reader move this experiment's sharp-metric knob.
 *
 * @param <O> the experiment's typed outputs
 */
public interface Explorable<O> {
    Explorer<O> explorer();

    /** The explorer of an experiment that offers one. */
    @SuppressWarnings("unchecked")  // an experiment of outputs O offers Explorable<O>: the type is its own
    static <O> Optional<Explorer<O>> of(Experiment<?, O> experiment) {
        return experiment.capability(Explorable.class).map(e -> ((Explorable<O>) e).explorer());
    }
}
