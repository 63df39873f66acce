package emergence.core.outputs;

/**
 * A kind of stored outputs (classifier, sequence classifier, reconstruction): how a stored table is read as the
 * typed outputs its metrics take. Reading checks the table's schema and names what is missing.
 *
 * @param <O> the typed outputs
 */
@FunctionalInterface
public interface OutputKind<O> {
    /** @throws IllegalArgumentException when the table lacks a column of this kind, naming it */
    O read(ExampleOutputs table);
}
