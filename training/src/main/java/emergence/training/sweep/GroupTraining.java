package emergence.training.sweep;

import emergence.core.sweep.RunSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.sweep.TrainingDivergedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one task's runs (replicates of one size, at most {@link emergence.core.sweep.FamilyPlan#together()}),
 * whichever engine runs it: together; a group that diverges is retrained run by run so that only the bad run
 * fails; a single run that diverges becomes a failed result.
 */
public final class GroupTraining {
    private static final Logger LOG = LoggerFactory.getLogger(GroupTraining.class);

    private GroupTraining() {
    }

    /**
     * @param environment facts of this JVM, recorded with each result
     * @return one result per run, in order
     */
    public static <C extends Record> List<RunResult> train(Trainer<C> trainer, List<RunSpec<C>> runs,
                                                           Trainer.ProgressListener progress,
                                                           Map<String, String> environment) {
        long start = System.nanoTime();
        List<TrainedModel> models;
        try {
            models = trainer.trainTogether(runs, progress);
        } catch (TrainingDivergedException e) {
            if (runs.size() == 1) {
                LOG.warn("run {} failed: {}", runs.get(0).dirName(), e.getMessage());
                return List.of(new RunResult(runs.get(0).dirName(), e.getMessage(), 0, seconds(start), 1, Map.of(),
                        null, environment, List.of()));
            }
            LOG.warn("training {} runs of {} together diverged; training them one by one", runs.size(),
                    runs.get(0).size().id());
            List<RunResult> results = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                int done = i;
                results.addAll(train(trainer, List.of(runs.get(i)),
                        f -> progress.fractionDone((done + f) / runs.size()), environment));
            }
            return results;
        }
        double each = seconds(start) / runs.size();
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainedModel model = models.get(i);
            results.add(new RunResult(runs.get(i).dirName(), null, model.params(), each, runs.size(),
                    model.details(), model.outputs(), environment, model.checkpoints()));
        }
        return results;
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }
}
