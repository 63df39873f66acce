package emergence.training.sweep;

import java.util.List;

/**
 * Trains a sweep's tasks: in this JVM one at a time ({@link LocalEngine}), or spread over other threads and JVMs
 * (the Spark engine, in its own module, found through {@link EngineFactory}). An engine trains; it never writes the
 * store: every result comes back to the {@link TaskSink}, whose caller writes it.
 */
public interface Engine extends AutoCloseable {
    /** How the runs are trained, recorded in each manifest's environment, e.g. {@code local}. */
    String describe();

    /**
     * Starts the engine if it starts on first use ({@link Engines#lazy}), so that an engine the settings cannot give
     * (a bad {@code --master}) is refused before anything is written; nothing to do for one ready when built.
     */
    default void start() {
    }

    /** Tasks this engine trains at once. */
    int slots();

    /**
     * Trains the tasks and hands each finished one to the sink on the calling thread.
     *
     * @throws RuntimeException when a task cannot be trained (the results already handed over are kept)
     */
    <C extends Record> void train(SweepJob<C> job, List<GroupTask> tasks, TaskSink sink);

    @Override
    void close();
}
