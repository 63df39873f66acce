package emergence.training.sweep;

import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Trainer;
import java.util.List;
import java.util.Map;

/** Trains the tasks one after the other in this JVM, the dataset loaded once: the lab's default engine. */
public final class LocalEngine implements Engine {
    public static final String NAME = "local";

    @Override
    public String describe() {
        return NAME;
    }

    @Override
    public int slots() {
        return 1;
    }

    @Override
    public <C extends Record> void train(SweepJob<C> job, List<GroupTask> tasks, TaskSink sink) {
        NativeEnvironment.pinThreads(job.threads());
        FamilyPlan<C> plan = job.plan();
        Trainer<C> trainer = job.experiment().trainer(job.data(), job.profile());
        Map<String, String> environment = NativeEnvironment.facts();
        for (GroupTask task : tasks) {
            sink.started(task);
            List<RunResult> results = GroupTraining.train(trainer, task.runs(plan), f -> sink.within(task, f),
                    environment);
            sink.finished(task, results);
        }
    }

    @Override
    public void close() {
        // Nothing held between sweeps.
    }
}
