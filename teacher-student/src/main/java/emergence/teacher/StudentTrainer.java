package emergence.teacher;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.Seeds;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.sweep.TrainingDivergedException;
import emergence.training.nn.AdamBudget;
import emergence.training.nn.EpochFit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains a student with DL4J's {@link MultiLayerNetwork} (a two-layer MLP needs no graph of its own: a step takes
 * about 1.5 ms here, where a small SameDiff graph has 10–26 ms of fixed cost): Adam on softmax cross-entropy
 * over the run's shuffle of the training points, progress after every step, a divergence check after every
 * epoch. Stores each test point's class probabilities at the end and, {@link #checkpointed()}, after the steps of a
 * {@link CheckpointSchedule} (evaluating reads the network and changes nothing in training).
 */
public final class StudentTrainer implements Trainer<StudentSize> {
    /** Training points on which the final loss is reported. */
    private static final int PROBE_POINTS = 1000;

    private final TeacherTask task;
    private final AdamBudget budget;
    private final INDArray testX;
    private final CheckpointSchedule schedule;

    /** A trainer that evaluates each run at its end only. */
    public StudentTrainer(TeacherTask task, AdamBudget budget) {
        this(task, budget, CheckpointSchedule.lastOnly(budget.steps()));
    }

    private StudentTrainer(TeacherTask task, AdamBudget budget, CheckpointSchedule schedule) {
        budget.requireExamples(task.trainSize());
        if (budget.decays()) {
            throw new IllegalArgumentException("the student trainer keeps Adam's rate constant; got a budget that "
                    + "steps it down at epoch " + budget.decayEpoch());
        }
        this.task = task;
        this.budget = budget;
        this.testX = Nd4j.create(task.testX(), new long[] {TeacherTask.TEST, TeacherTask.INPUTS}, DataType.FLOAT);
        this.schedule = schedule;
    }

    /** This trainer, also storing the test outputs at {@link CheckpointSchedule#PER_RUN} log-spaced steps. */
    public StudentTrainer checkpointed() {
        return new StudentTrainer(task, budget, CheckpointSchedule.logSpaced(budget.steps(),
                CheckpointSchedule.PER_RUN));
    }

    @Override
    public TrainedModel train(RunSpec<StudentSize> run, ProgressListener progress) {
        MultiLayerNetwork net = network(run.size().config(), run.seed(), budget.learningRate());
        List<CheckpointOutputs> checkpoints = new ArrayList<>();
        double loss = fit(net, run.seed(), progress, checkpoints);
        ExampleOutputs outputs = evaluate(net);
        checkpoints.add(new CheckpointOutputs(budget.steps(), budget.examples(), outputs));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("steps", budget.steps());
        details.put("final_train_loss", loss);
        return new TrainedModel(net.numParams(), outputs, details, checkpoints);
    }

    /** Each test point's class probabilities under the network as it is. */
    private ExampleOutputs evaluate(MultiLayerNetwork net) {
        float[] probs = net.output(testX).data().asFloat();
        return ClassificationOutputs.fromProbabilities(IntStream.range(0, TeacherTask.TEST).toArray(), task.testY(),
                probs, TeacherTask.CLASSES).table();
    }

    /** A student with its initial weights drawn from {@code seed}. */
    static MultiLayerNetwork network(StudentSize size, long seed, double learningRate) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT)
                .updater(new Adam(learningRate)).weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(TeacherTask.INPUTS).nOut(size.width())
                        .activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(size.width())
                        .nOut(TeacherTask.CLASSES).activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /**
     * Trains in place, adding the outputs at each checkpoint before the last; returns the final loss on the first
     * {@value #PROBE_POINTS} training points.
     */
    private double fit(MultiLayerNetwork net, long seed, ProgressListener progress,
                       List<CheckpointOutputs> checkpoints) {
        int n = budget.trainExamples();
        SplittableRandom shuffle = EpochFit.shuffle(seed);
        long steps = budget.steps();
        long step = 0;
        long examples = 0;
        int probe = Math.min(PROBE_POINTS, n);
        DataSet probeSet = batch(IntStream.range(0, probe).toArray());
        double loss = Double.NaN;
        for (int epoch = 0; epoch < budget.epochs(); epoch++) {
            int[] order = IntStream.range(0, n).toArray();
            Seeds.shuffle(order, shuffle);
            for (int from = 0; from < n; from += budget.batchSize()) {
                int[] batch = Arrays.copyOfRange(order, from, Math.min(n, from + budget.batchSize()));
                net.fit(batch(batch));
                examples += batch.length;
                if (schedule.dueBeforeLast(++step)) {
                    checkpoints.add(new CheckpointOutputs(step, examples, evaluate(net)));
                }
                progress.fractionDone((double) step / steps);
            }
            loss = net.score(probeSet);
            if (!Double.isFinite(loss)) {
                throw new TrainingDivergedException("training loss became " + loss + " in epoch " + (epoch + 1));
            }
        }
        return loss;
    }

    /**
     * The training points of {@code rows} with their one-hot labels, copied on the Java side (ND4J's
     * {@code getRows} costs about 6 ms a call here, four times a whole training step).
     */
    private DataSet batch(int[] rows) {
        float[] x = new float[rows.length * TeacherTask.INPUTS];
        float[] y = new float[rows.length * TeacherTask.CLASSES];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(task.trainX(), rows[i] * TeacherTask.INPUTS, x, i * TeacherTask.INPUTS,
                    TeacherTask.INPUTS);
            y[i * TeacherTask.CLASSES + task.trainY()[rows[i]]] = 1;
        }
        return new DataSet(Nd4j.create(x, new long[] {rows.length, TeacherTask.INPUTS}, DataType.FLOAT),
                Nd4j.create(y, new long[] {rows.length, TeacherTask.CLASSES}, DataType.FLOAT));
    }
}
