package emergence.omniglot;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.SequenceOutputs;
import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.training.nn.AdamBudget;
import emergence.training.nn.EpochFit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains the causal transformer with SameDiff (Adam, cross-entropy at image positions) on sequences drawn
 * afresh every epoch: the run's shuffle of the training images, cut into sequences of {@code length}, each
 * image shifted by {@link RandomShift} with draws from the run's seed. Stores,
 * per fixed test sequence and position, the label, prediction, p(true) and Σp².
 */
public final class TransformerTrainer implements Trainer<TransformerSize> {
    private static final int EVAL_SEQUENCES = 100;
    private static final int PROBE_SEQUENCES = 200;
    /** Mixed into the run's seed for the stream of shifts (the minibatch shuffle uses the seed otherwise). */
    private static final long SHIFT_STREAM = 0x51F7L;

    private final OmniglotTensors train;
    private final OmniglotTensors test;
    private final int[] testSequences;
    private final AdamBudget budget;
    private final RandomShift shift;
    private final int length;
    private final int side;
    private final CheckpointSchedule checkpoints;

    /**
     * @param testSequences row-major test-image indices of the fixed test sequences
     * @param budget        examples and batch in images; both multiples of {@code length}
     * @param shift         augmentation of training images ({@link RandomShift#NONE} for none)
     */
    public TransformerTrainer(OmniglotTensors train, OmniglotTensors test, int[] testSequences, AdamBudget budget,
                              RandomShift shift, int length, int side) {
        budget.requireExamples(train.count());
        if (budget.trainExamples() % length != 0 || budget.batchSize() % length != 0) {
            throw new IllegalArgumentException("budget examples (" + budget.trainExamples() + ") and batch ("
                    + budget.batchSize() + ") must be whole sequences of " + length + " images");
        }
        this.train = train;
        this.test = test;
        this.testSequences = testSequences.clone();
        this.budget = budget;
        this.shift = shift;
        this.length = length;
        this.side = side;
        this.checkpoints = CheckpointSchedule.lastOnly(budget.steps());
    }

    private TransformerTrainer(TransformerTrainer from, CheckpointSchedule checkpoints) {
        this.train = from.train;
        this.test = from.test;
        this.testSequences = from.testSequences;
        this.budget = from.budget;
        this.shift = from.shift;
        this.length = from.length;
        this.side = from.side;
        this.checkpoints = checkpoints;
    }

    /** This trainer, also storing the test outputs at {@link CheckpointSchedule#PER_RUN} log-spaced steps. */
    public TransformerTrainer checkpointed() {
        return new TransformerTrainer(this, CheckpointSchedule.logSpaced(budget.steps(), CheckpointSchedule.PER_RUN));
    }

    @Override
    public TrainedModel train(RunSpec<TransformerSize> run, ProgressListener progress) {
        TransformerNetwork net = TransformerNetwork.build(run.size().config(), train.classes(),
                side, length, run.seed(), DataType.FLOAT);
        // The budget counts images; an example of the family (and of its FLOPs) is a sequence of them.
        List<CheckpointOutputs> stored = new ArrayList<>();
        double loss = fit(net, run.seed(), progress, checkpoints, (step, images) ->
                stored.add(new CheckpointOutputs(step, images / length, evaluate(net).table())));
        ExampleOutputs outputs = evaluate(net).table();
        stored.add(new CheckpointOutputs(budget.steps(), budget.examples() / length, outputs));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("steps", budget.steps());
        details.put("final_train_loss", loss);
        return new TrainedModel(net.parameterCount(), outputs, details, stored);
    }

    /** Trains in place; returns the final training loss on the first 200 training sequences. */
    public double fit(TransformerNetwork net, long seed, ProgressListener progress) {
        return fit(net, seed, progress, CheckpointSchedule.lastOnly(budget.steps()), (step, images) -> { });
    }

    private double fit(TransformerNetwork net, long seed, ProgressListener progress, CheckpointSchedule schedule,
                       EpochFit.CheckpointListener atCheckpoint) {
        SameDiff sd = net.graph();
        sd.setLossVariables(TransformerNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(EpochFit.adam(budget))
                .dataSetFeatureMapping(TransformerNetwork.IMAGES).dataSetLabelMapping(TransformerNetwork.LABELS)
                .build());
        int[] probe = IntStream.range(0, Math.min(PROBE_SEQUENCES * length, budget.trainExamples())).toArray();
        Map<String, INDArray> probeInputs = new HashMap<>();
        probeInputs.put(TransformerNetwork.IMAGES, train.sequences(probe, length));
        probeInputs.put(TransformerNetwork.LABELS, train.oneHot(probe, length));
        SplittableRandom shifts = new SplittableRandom(seed ^ SHIFT_STREAM);
        return EpochFit.run(sd, budget.schedule(), seed,
                rows -> new DataSet(train.sequences(rows, length, shift, shifts), train.oneHot(rows, length)),
                () -> sd.output(probeInputs, TransformerNetwork.LOSS).get(TransformerNetwork.LOSS).getDouble(0),
                progress, schedule, atCheckpoint);
    }

    /** Outputs at every position of every fixed test sequence. */
    public SequenceOutputs evaluate(TransformerNetwork net) {
        int positions = testSequences.length;
        float[] probs = new float[positions * test.classes()];
        int chunk = EVAL_SEQUENCES * length;
        for (int from = 0; from < positions; from += chunk) {
            int[] rows = Arrays.copyOfRange(testSequences, from, Math.min(positions, from + chunk));
            float[] p = net.probabilities(test.sequences(rows, length), test.oneHot(rows, length)).data().asFloat();
            System.arraycopy(p, 0, probs, from * test.classes(), p.length);
        }
        return SequenceOutputs.fromProbabilities(length, testSequences, test.labelsOf(testSequences), probs,
                test.classes());
    }
}
