package emergence.lenet;

import emergence.common.nn.AdamBudget;
import emergence.common.nn.EpochFit;
import emergence.common.outputs.ClassificationOutputs;
import emergence.common.outputs.ExampleOutputs;
import emergence.common.sweep.RunSpec;
import emergence.common.sweep.Trainer;
import emergence.common.sweep.TrainedModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains LeNet family members with SameDiff's iterator {@code fit} (Adam, softmax cross-entropy), the
 * training set preloaded once and reshuffled each epoch from the run's seed, then stores every test
 * example's prediction.
 */
public final class LeNetTrainer implements Trainer {
    private static final int EVAL_BATCH = 1000;

    private final MnistTensors train;
    private final MnistTensors test;
    private final AdamBudget budget;

    public LeNetTrainer(MnistTensors train, MnistTensors test, AdamBudget budget) {
        budget.requireExamples(train.count());
        this.train = train;
        this.test = test;
        this.budget = budget;
    }

    @Override
    public TrainedModel train(RunSpec run, ProgressListener progress) {
        LeNetNetwork net = LeNetNetwork.build(LeNetSize.parse(run.size().id()), run.seed());
        double finalLoss = fit(net, run.seed(), progress);
        ExampleOutputs outputs = evaluate(net, test);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("steps", budget.steps());
        details.put("final_train_loss", finalLoss);
        return new TrainedModel(net.parameterCount(), outputs, details);
    }

    /**
     * Trains in place and returns the final training loss.
     *
     * @throws emergence.common.sweep.TrainingDivergedException when the training loss is no longer finite
     */
    public double fit(LeNetNetwork net, long seed, ProgressListener progress) {
        SameDiff sd = net.graph();
        sd.setLossVariables(LeNetNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(budget.learningRate()))
                .dataSetFeatureMapping(LeNetNetwork.INPUT).dataSetLabelMapping(LeNetNetwork.LABEL).build());
        return EpochFit.run(sd, budget.schedule(),
                seed, rows -> new DataSet(train.images(rows), train.oneHot(rows)), () -> trainingLoss(net),
                progress);
    }

    /** Probabilities of every test image, stored in the classifier schema. */
    public static ExampleOutputs evaluate(LeNetNetwork net, MnistTensors test) {
        int n = test.count();
        float[] probs = new float[n * LeNetNetwork.CLASSES];
        for (int from = 0; from < n; from += EVAL_BATCH) {
            int[] rows = IntStream.range(from, Math.min(n, from + EVAL_BATCH)).toArray();
            INDArray p = net.predict(test.images(rows));
            float[] chunk = p.dup('c').data().asFloat();
            System.arraycopy(chunk, 0, probs, from * LeNetNetwork.CLASSES, chunk.length);
        }
        return ClassificationOutputs.fromProbabilities(IntStream.range(0, n).toArray(), test.labels(), probs,
                LeNetNetwork.CLASSES);
    }

    /** Mean loss on (up to) the first 2,000 training images; NaN or infinite when training diverged. */
    private double trainingLoss(LeNetNetwork net) {
        int[] rows = IntStream.range(0, Math.min(2000, budget.trainExamples())).toArray();
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(LeNetNetwork.INPUT, train.images(rows));
        ph.put(LeNetNetwork.LABEL, train.oneHot(rows));
        return net.graph().output(ph, LeNetNetwork.LOSS).get(LeNetNetwork.LOSS).getDouble(0);
    }
}
