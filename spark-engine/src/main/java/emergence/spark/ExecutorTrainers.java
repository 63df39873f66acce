package emergence.spark;

import emergence.core.data.DataLocator;
import emergence.core.data.DatasetResolver;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Refinable;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.training.sweep.GroupTask;
import emergence.training.sweep.GroupTraining;
import emergence.training.sweep.NativeEnvironment;
import emergence.training.sweep.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trainers of one executor JVM: each experiment's dataset is verified and loaded once per JVM and shared by the
 * tasks that run there, at once or one after another (a trainer holds its data read-only; every run builds its own
 * graph and random streams from its own seed).
 */
final class ExecutorTrainers {
    private static final Map<String, Loaded<?>> LOADED = new ConcurrentHashMap<>();

    private ExecutorTrainers() {
    }

    private record Loaded<C extends Record>(Experiment<C, ?> experiment, Trainer<C> trainer,
                                            Map<String, String> environment) {
        List<RunResult> train(GroupTask task) {
            FamilyPlan<C> plan = Refinable.plan(experiment, task.profile(), task.refinement());
            return GroupTraining.train(trainer, task.runs(plan), f -> { }, environment);
        }
    }

    /**
     * Trains a task's runs in this JVM.
     *
     * @throws emergence.core.BadInputException when the dataset is missing here or fails its checksums
     */
    static List<RunResult> train(GroupTask task, String dataRoot, int threads) {
        NativeEnvironment.pinThreads(threads);
        String key = task.experiment() + "|" + task.profile() + "|" + dataRoot;
        return LOADED.computeIfAbsent(key, k -> load(Experiments.get(task.experiment()), task.profile(), dataRoot))
                .train(task);
    }

    private static <C extends Record> Loaded<C> load(Experiment<C, ?> experiment, Profile profile, String dataRoot) {
        VerifiedDataset data = new DatasetResolver(DataLocator.forProcess(Optional.of(Path.of(dataRoot))), false,
                null).resolve(experiment.dataset());
        return new Loaded<>(experiment, experiment.trainer(data, profile), NativeEnvironment.facts());
    }
}
