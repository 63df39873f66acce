package emergence.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;

/**
 * Tracks the executors of this JVM's Spark application and their cores, registered through
 * {@code spark.extraListeners} so that it sees every executor from the first (Spark's status API does not tell
 * cores).
 */
public final class ExecutorWatch extends SparkListener {
    /** Executor id → host and cores, of the one Spark context a JVM may hold. */
    private static final Map<String, Executor> EXECUTORS = new ConcurrentHashMap<>();

    /** One registered executor. */
    record Executor(String host, int cores) {
    }

    /** Spark instantiates it; it starts with no executors known. */
    public ExecutorWatch() {
        EXECUTORS.clear();
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        EXECUTORS.put(added.executorId(), new Executor(added.executorInfo().executorHost(),
                added.executorInfo().totalCores()));
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        EXECUTORS.remove(removed.executorId());
    }

    /** The executors registered now. */
    static Map<String, Executor> executors() {
        return Map.copyOf(EXECUTORS);
    }
}
