package emergence.common.sweep;

/** Trains one family member on data loaded once per sweep. */
public interface Trainer {
    /**
     * Trains the run's model and evaluates it on the test set.
     *
     * @param run      size, replicate and seed
     * @param progress receives the fraction of the run done, 0..1
     * @throws TrainingDivergedException when the loss becomes NaN or infinite
     */
    TrainedModel train(RunSpec run, ProgressListener progress);

    /** Receives progress within a run. */
    @FunctionalInterface
    interface ProgressListener {
        void fractionDone(double fraction);
    }
}
