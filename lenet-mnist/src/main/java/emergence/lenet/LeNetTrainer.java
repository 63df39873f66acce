package emergence.lenet;

import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.training.nn.AdamBudget;
import emergence.training.nn.EpochFit;
import emergence.training.nn.MemberCheckpoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Trains members of a LeNet-style family ({@link LeNetShape}) with SameDiff's iterator {@code fit} (Adam, softmax cross-entropy), the
 * training set preloaded once and reshuffled each epoch from each run's seed, then stores every test
 * example's prediction, at the end and, {@link #checkpointed()}, at the steps of a {@link CheckpointSchedule}. The
 * replicates of one size train together in one graph ({@link LeNetNetwork}), each on its own shuffle.
 */
public final class LeNetTrainer<S extends Record & LeNetShape> implements Trainer<S> {
    /**
     * Largest member, in forward multiply-accumulates per image, whose replicates train in one graph. Measured
     * here (ms per member-step, one graph of 3 vs each alone): 4–9 vs 8–20 up to c6-16-h48 (253k MACs); from
     * c8-16-h96 (346k) on, the block-diagonal layers' extra arithmetic eats the saving (10–67 vs 10–32).
     */
    private static final double MAX_MACS_TOGETHER = 300_000;
    private static final int EVAL_BATCH = 1000;

    private final MnistTensors train;
    private final MnistTensors test;
    private final AdamBudget budget;
    private final CheckpointSchedule checkpoints;

    /** A trainer that evaluates each run at its end only. */
    public LeNetTrainer(MnistTensors train, MnistTensors test, AdamBudget budget) {
        this(train, test, budget, CheckpointSchedule.lastOnly(budget.steps()));
    }

    private LeNetTrainer(MnistTensors train, MnistTensors test, AdamBudget budget, CheckpointSchedule checkpoints) {
        budget.requireExamples(train.count());
        this.train = train;
        this.test = test;
        this.budget = budget;
        this.checkpoints = checkpoints;
    }

    /** This trainer, also storing the test outputs at {@link CheckpointSchedule#PER_RUN} log-spaced steps. */
    public LeNetTrainer<S> checkpointed() {
        return new LeNetTrainer<>(train, test, budget, CheckpointSchedule.logSpaced(budget.steps(),
                CheckpointSchedule.PER_RUN));
    }

    @Override
    public TrainedModel train(RunSpec<S> run, ProgressListener progress) {
        return trainTogether(List.of(run), progress).get(0);
    }

    /** Whether the replicates of {@code size} train together in one graph (else one after the other). */
    public static boolean trainsTogether(LeNetShape size) {
        return size.forwardMacs() <= MAX_MACS_TOGETHER;
    }

    @Override
    public List<TrainedModel> trainTogether(List<RunSpec<S>> runs, ProgressListener progress) {
        S size = runs.get(0).size().config();
        int together = trainsTogether(size) ? runs.size() : 1;
        List<TrainedModel> models = new ArrayList<>();
        for (int from = 0; from < runs.size(); from += together) {
            List<RunSpec<S>> group = runs.subList(from, from + together);
            int done = from;
            ProgressListener within = f -> progress.fractionDone((done + f * together) / runs.size());
            long[] seeds = group.stream().mapToLong(RunSpec::seed).toArray();
            LeNetNetwork net = LeNetNetwork.build(size, seeds);
            MemberCheckpoints stored = new MemberCheckpoints(group.size());
            double[] loss = fit(net, seeds, within, checkpoints,
                    (step, examples) -> stored.add(step, examples, tables(evaluate(net, test))));
            List<ExampleOutputs> outputs = tables(evaluate(net, test));
            stored.add(budget.steps(), budget.examples(), outputs);
            long params = net.parameterCount();
            for (int m = 0; m < group.size(); m++) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("steps", budget.steps());
                details.put("final_train_loss", loss[m]);
                details.put("trained_together", together);
                models.add(new TrainedModel(params, outputs.get(m), details, stored.of(m)));
            }
        }
        return models;
    }

    /**
     * Trains in place, member m on the shuffle of {@code seeds[m]}; returns each member's final training loss
     * (mean over up to 2,000 training images).
     *
     * @throws emergence.core.sweep.TrainingDivergedException when a training loss is no longer finite
     */
    public double[] fit(LeNetNetwork net, long[] seeds, ProgressListener progress) {
        return fit(net, seeds, progress, CheckpointSchedule.lastOnly(budget.steps()), (step, examples) -> { });
    }

    private double[] fit(LeNetNetwork net, long[] seeds, ProgressListener progress, CheckpointSchedule schedule,
                         EpochFit.CheckpointListener atCheckpoint) {
        SameDiff sd = net.graph();
        sd.setLossVariables(LeNetNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(EpochFit.adam(budget))
                .dataSetFeatureMapping(LeNetNetwork.INPUT).dataSetLabelMapping(LeNetNetwork.LABEL).build());
        int[] probe = IntStream.range(0, Math.min(2000, budget.trainExamples())).toArray();
        INDArray probeImages = train.images(probe);
        INDArray probeLabels = train.oneHot(probe);
        return EpochFit.runTogether(sd, budget.schedule(), seeds, rows -> {
            INDArray[] images = new INDArray[rows.length];
            INDArray[] labels = new INDArray[rows.length];
            for (int m = 0; m < rows.length; m++) {
                images[m] = train.images(rows[m]);
                labels[m] = train.oneHot(rows[m]);
            }
            return new DataSet(rows.length == 1 ? images[0] : Nd4j.concat(1, images), Nd4j.stack(1, labels));
        }, () -> net.loss(probeImages, probeLabels), progress, schedule, atCheckpoint);
    }

    private static List<ExampleOutputs> tables(List<ClassificationOutputs> outputs) {
        return outputs.stream().map(ClassificationOutputs::table).toList();
    }

    /** Probabilities of every test image, stored in the classifier schema, one table per member. */
    public static List<ClassificationOutputs> evaluate(LeNetNetwork net, MnistTensors test) {
        int n = test.count();
        int s = net.members();
        float[][] probs = new float[s][n * LeNetNetwork.CLASSES];
        for (int from = 0; from < n; from += EVAL_BATCH) {
            int[] rows = IntStream.range(from, Math.min(n, from + EVAL_BATCH)).toArray();
            INDArray p = net.predict(test.images(rows));
            for (int m = 0; m < s; m++) {
                float[] chunk = p.get(NDArrayIndex.all(), NDArrayIndex.point(m), NDArrayIndex.all()).dup('c').data()
                        .asFloat();
                System.arraycopy(chunk, 0, probs[m], from * LeNetNetwork.CLASSES, chunk.length);
            }
        }
        List<ClassificationOutputs> tables = new ArrayList<>();
        for (float[] member : probs) {
            tables.add(ClassificationOutputs.fromProbabilities(IntStream.range(0, n).toArray(), test.labels(),
                    member, LeNetNetwork.CLASSES));
        }
        return tables;
    }
}
