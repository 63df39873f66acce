package emergence.training.sweep;

import java.util.List;

/** Receives a sweep's tasks from an {@link Engine}, on the thread that called {@link Engine#train}. */
public interface TaskSink {
    /** A task started training (engines that cannot tell, such as a cluster, may not call this). */
    void started(GroupTask task);

    /** The fraction of a started task done, 0..1 (engines that cannot tell may not call this). */
    void within(GroupTask task, double fraction);

    /** A task finished: one result per run, in the task's order. */
    void finished(GroupTask task, List<RunResult> results);
}
