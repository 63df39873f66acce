package emergence.common.nn;

import emergence.common.sweep.Trainer.ProgressListener;
import emergence.common.sweep.TrainingDivergedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * The lab's training loop for a SameDiff graph whose training config is set: epochs of SameDiff's iterator
 * {@code fit} over minibatches drawn from a per-run shuffle of the (preloaded) training examples, progress
 * after every step, and a divergence check after every epoch.
 */
public final class EpochFit {
    private EpochFit() {
    }

    /** Builds one minibatch from training-example indices. */
    @FunctionalInterface
    public interface BatchMaker {
        DataSet batch(int[] rows);
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
            return (long) epochs * ((examples + batchSize - 1) / batchSize);
        }
    }

    /**
     * Trains {@code sd} in place and returns the final training loss. (SameDiff M2.1 hands listeners a loss
     * of 0 in iterator fit, so the loss comes from {@code lossProbe}, a real forward pass, after each epoch.)
     *
     * @param seed the run's seed; the shuffle of each epoch is drawn from it
     * @throws TrainingDivergedException when the loss is no longer finite
     */
    public static double run(SameDiff sd, Schedule schedule, long seed, BatchMaker maker, DoubleSupplier lossProbe,
                             ProgressListener progress) {
        QuietGradients.create(sd);
        sd.setListeners(new StepCounter(schedule.steps(), progress));
        SplittableRandom shuffle = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double loss = Double.NaN;
        for (int epoch = 0; epoch < schedule.epochs(); epoch++) {
            List<DataSet> batches = batches(schedule, shuffle, maker);
            sd.fit(new ExistingDataSetIterator(batches), 1);
            batches.forEach(EpochFit::release);
            loss = lossProbe.getAsDouble();
            if (!Double.isFinite(loss)) {
                throw new TrainingDivergedException("training loss became " + loss + " in epoch " + (epoch + 1));
            }
        }
        return loss;
    }

    private static List<DataSet> batches(Schedule schedule, SplittableRandom shuffle, BatchMaker maker) {
        int n = schedule.examples();
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<DataSet> list = new ArrayList<>();
        for (int from = 0; from < n; from += schedule.batchSize()) {
            list.add(maker.batch(Arrays.copyOfRange(order, from, Math.min(n, from + schedule.batchSize()))));
        }
        return list;
    }

    /**
     * Frees a minibatch's off-heap memory now. Left to the garbage collector, an epoch's copies of the training
     * set pile up (the Java heap stays nearly empty, so nothing triggers a collection): a 10-epoch CIFAR run
     * grew past 24 GB and was killed before this.
     */
    private static void release(DataSet batch) {
        for (INDArray a : new INDArray[] {batch.getFeatures(), batch.getLabels()}) {
            if (a != null && a.closeable() && !a.wasClosed()) {
                a.close();
            }
        }
    }

    /** Reports progress after every optimiser step. */
    private static final class StepCounter extends BaseListener {
        private final long total;
        private final ProgressListener progress;
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
        }
    }
}
