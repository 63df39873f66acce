package emergence.core.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains one family member on data loaded once per sweep.
 *
 * @param <C> the family's size record
 */
public interface Trainer<C extends Record> {
    /**
     * Trains the run's model and evaluates it on the test set.
     *
     * @param run      size, replicate and seed
     * @param progress receives the fraction of the run done, 0..1
     * @throws TrainingDivergedException when the loss becomes NaN or infinite
     */
    TrainedModel train(RunSpec<C> run, ProgressListener progress);

    /**
     * Trains replicates of one size together; each result equals training that run alone (within float
     * rounding; tested per trainer). The default trains them one after the other.
     *
     * @param runs     1..{@link FamilyPlan#together()} runs of the same size
     * @param progress receives the fraction of all of them done, 0..1
     * @throws TrainingDivergedException when any member's loss becomes NaN or infinite
     */
    default List<TrainedModel> trainTogether(List<RunSpec<C>> runs, ProgressListener progress) {
        List<TrainedModel> models = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int done = i;
            models.add(train(runs.get(i), f -> progress.fractionDone((done + f) / runs.size())));
        }
        return models;
    }

    /** Receives progress within a run. */
    @FunctionalInterface
    interface ProgressListener {
        void fractionDone(double fraction);
    }
}
