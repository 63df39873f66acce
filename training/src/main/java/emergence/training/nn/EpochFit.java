package emergence.training.nn;

import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.Seeds;
import emergence.core.sweep.Trainer.ProgressListener;
import emergence.core.sweep.TrainingDivergedException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The lab's training loop for a SameDiff graph whose training config is set: epochs of SameDiff's iterator
 * {@code fit} over minibatches drawn from a per-run shuffle of the (preloaded) training examples, progress
 * after every step, a divergence check after every epoch, and a call at each step of a {@link CheckpointSchedule}
 * before the last. An epoch with checkpoints inside it is fitted in parts, with SameDiff's epoch count (which a
 * learning-rate schedule reads) set back after each part, so that the steps are the ones of one whole-epoch fit.
 */
public final class EpochFit {
    private EpochFit() {
    }

    /** Builds one minibatch from training-example indices. */
    @FunctionalInterface
    public interface BatchMaker {
        DataSet batch(int[] rows);
    }

    /** Called at each checkpoint before the last, after the step; evaluates the graph as it is. */
    @FunctionalInterface
    public interface CheckpointListener {
        void reached(long step, long examples);
    }

    /** Builds one minibatch of members trained together from each member's training-example indices. */
    @FunctionalInterface
    public interface GroupBatchMaker {
        DataSet batch(int[][] rowsPerMember);
    }

    /**
     * The minibatch shape of a run.
     *
     * @param examples  training examples used (indices 0..examples-1)
     * @param batchSize examples per step (the last batch of an epoch may be smaller)
     * @param epochs    passes over the examples
     */
    public record Schedule(int examples, int batchSize, int epochs) {
        public long steps() {
            return epochs * stepsPerEpoch();
        }

        public long stepsPerEpoch() {
            return (examples + batchSize - 1) / batchSize;
        }

        /** Training examples seen after {@code step} steps, repeats counted. */
        public long examplesAfter(long step) {
            long within = step % stepsPerEpoch();
            return step / stepsPerEpoch() * examples + Math.min(examples, within * batchSize);
        }
    }

    /** The random stream a run's epochs are shuffled with, drawn from its seed (every trainer draws it so). */
    public static SplittableRandom shuffle(long seed) {
        return new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /**
     * The Adam updater of a budget. The step is keyed to SameDiff's epoch count, which each {@code fit(iterator, 1)}
     * call of this loop advances.
     */
    public static Adam adam(AdamBudget budget) {
        if (!budget.decays()) {
            return new Adam(budget.learningRate());
        }
        return new Adam(new MapSchedule(ScheduleType.EPOCH, Map.of(0, budget.learningRate(), budget.decayEpoch(),
                budget.decayedLearningRate())));
    }

    /**
     * Trains {@code sd} in place and returns the final training loss. (SameDiff M2.1 hands listeners a loss
     * of 0 in iterator fit, so the loss comes from {@code lossProbe}, a real forward pass, after each epoch.)
     *
     * @param seed the run's seed; the shuffle of each epoch is drawn from it
     * @throws TrainingDivergedException when the loss is no longer finite
     */
    public static double run(SameDiff sd, Schedule schedule, long seed, BatchMaker maker, DoubleSupplier lossProbe,
                             ProgressListener progress, CheckpointSchedule checkpoints,
                             CheckpointListener atCheckpoint) {
        return runTogether(sd, schedule, new long[] {seed}, rows -> maker.batch(rows[0]),
                () -> new double[] {lossProbe.getAsDouble()}, progress, checkpoints, atCheckpoint)[0];
    }

    /**
     * Trains a graph holding several independent members of one size (one per seed) in place, each member on
     * its own shuffle, drawn exactly as {@link #run} draws it for that seed alone. Returns each member's final
     * training loss.
     *
     * @param seeds       the members' run seeds
     * @param maker       builds a step's minibatch from each member's example indices
     * @param lossProbe   each member's training loss, after each epoch
     * @param checkpoints the steps at which {@code atCheckpoint} is called (not at the last: the caller evaluates the
     *                    final graph itself)
     * @throws TrainingDivergedException when a member's loss is no longer finite
     */
    public static double[] runTogether(SameDiff sd, Schedule schedule, long[] seeds, GroupBatchMaker maker,
                                       Supplier<double[]> lossProbe, ProgressListener progress,
                                       CheckpointSchedule checkpoints, CheckpointListener atCheckpoint) {
        if (checkpoints.last() != schedule.steps()) {
            throw new IllegalArgumentException("checkpoints end at step " + checkpoints.last() + ", training at "
                    + schedule.steps());
        }
        QuietGradients.create(sd);
        sd.setListeners(new StepCounter(schedule.steps(), progress));
        SplittableRandom[] shuffles = new SplittableRandom[seeds.length];
        for (int m = 0; m < seeds.length; m++) {
            shuffles[m] = shuffle(seeds[m]);
        }
        double[] loss = new double[seeds.length];
        long step = 0;
        for (int epoch = 0; epoch < schedule.epochs(); epoch++) {
            Iterator<DataSet> batches = batches(schedule, shuffles, maker);
            long end = step + schedule.stepsPerEpoch();
            for (long stop : checkpoints.steps()) {
                if (stop > step && stop < end) {
                    sd.fit(new ExistingDataSetIterator(take(batches, stop - step)), 1);
                    sd.getTrainingConfig().setEpochCount(epoch);  // still within this epoch
                    step = stop;
                    atCheckpoint.reached(step, schedule.examplesAfter(step));
                }
            }
            sd.fit(new ExistingDataSetIterator(batches), 1);
            step = end;
            loss = lossProbe.get();
            for (int m = 0; m < loss.length; m++) {
                if (!Double.isFinite(loss[m])) {
                    throw new TrainingDivergedException("training loss became " + loss[m] + " in epoch " + (epoch + 1)
                            + (loss.length > 1 ? " (member " + m + " of " + loss.length + ")" : ""));
                }
            }
            if (checkpoints.dueBeforeLast(step)) {
                atCheckpoint.reached(step, schedule.examplesAfter(step));
            }
        }
        return loss;
    }

    /** The next {@code count} elements of {@code from}, leaving the rest there. */
    private static <T> Iterator<T> take(Iterator<T> from, long count) {
        return new Iterator<>() {
            private long left = count;

            @Override
            public boolean hasNext() {
                return left > 0 && from.hasNext();
            }

            @Override
            public T next() {
                left--;
                return from.next();
            }
        };
    }

    /**
     * An epoch's minibatches, each built when training reaches it: nothing holds a copy of the epoch, and a used
     * batch's native memory goes with the next periodic collection ({@link NativeGarbage}).
     */
    private static Iterator<DataSet> batches(Schedule schedule, SplittableRandom[] shuffles, GroupBatchMaker maker) {
        int n = schedule.examples();
        int[][] orders = new int[shuffles.length][];
        for (int m = 0; m < shuffles.length; m++) {
            int[] order = IntStream.range(0, n).toArray();
            Seeds.shuffle(order, shuffles[m]);
            orders[m] = order;
        }
        return IntStream.iterate(0, from -> from < n, from -> from + schedule.batchSize()).mapToObj(from -> {
            int[][] rows = new int[orders.length][];
            for (int m = 0; m < orders.length; m++) {
                rows[m] = Arrays.copyOfRange(orders[m], from, Math.min(n, from + schedule.batchSize()));
            }
            return maker.batch(rows);
        }).iterator();
    }

    /** Reports progress after every optimiser step, and frees dropped native memory about once a second. */
    private static final class StepCounter extends BaseListener {
        private final long total;
        private final ProgressListener progress;
        private final NativeGarbage nativeMemory = new NativeGarbage();
        private long done;

        StepCounter(long total, ProgressListener progress) {
            this.total = total;
            this.progress = progress;
        }

        @Override
        public boolean isActive(Operation operation) {
            return operation == Operation.TRAINING;
        }

        @Override
        public void iterationDone(SameDiff sd, At at, MultiDataSet data, Loss loss) {
            done++;
            progress.fractionDone((double) done / total);
            nativeMemory.collectIfDue();
        }
    }
}
