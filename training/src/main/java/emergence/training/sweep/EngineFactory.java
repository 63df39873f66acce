package emergence.training.sweep;

/**
 * Opens an {@link Engine} other than the local one; registered in {@code META-INF/services} by the module that
 * holds it (the Spark engine), so that the lab loads that module's libraries only when asked for it.
 */
public interface EngineFactory {
    /** The name {@code --engine} selects it by, e.g. {@code spark}. */
    String name();

    /**
     * @throws emergence.core.BadInputException when the settings cannot work (a master URL the engine rejects, an
     *                                          unreachable cluster, more threads per task than a worker has)
     */
    Engine open(EngineSettings settings);
}
