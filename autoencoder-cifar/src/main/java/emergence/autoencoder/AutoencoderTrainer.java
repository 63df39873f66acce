package emergence.autoencoder;

import emergence.common.nn.AdamBudget;
import emergence.common.nn.EpochFit;
import emergence.common.outputs.ExampleOutputs;
import emergence.common.outputs.ReconstructionOutputs;
import emergence.common.sweep.RunSpec;
import emergence.common.sweep.TrainedModel;
import emergence.common.sweep.Trainer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;

/** Trains autoencoders with SameDiff (Adam, mean squared error) and stores every test image's error. */
public final class AutoencoderTrainer implements Trainer {
    private static final int EVAL_BATCH = 1000;

    private final CifarTensors train;
    private final CifarTensors test;
    private final AdamBudget budget;
    private final Map<String, Object> standardization;

    public AutoencoderTrainer(CifarTensors train, CifarTensors test, AdamBudget budget,
                              Map<String, Object> standardization) {
        budget.requireExamples(train.count());
        this.train = train;
        this.test = test;
        this.budget = budget;
        this.standardization = Map.copyOf(standardization);
    }

    @Override
    public TrainedModel train(RunSpec run, ProgressListener progress) {
        AutoencoderNetwork net = AutoencoderNetwork.build(AutoencoderFamily.parse(run.size().id()), run.seed());
        double loss = fit(net, run.seed(), progress);
        Map<String, Object> details = new LinkedHashMap<>(standardization);
        details.put("steps", budget.steps());
        details.put("final_train_loss", loss);
        return new TrainedModel(net.parameterCount(), evaluate(net, test), details);
    }

    /** Trains in place; returns the final training loss (mean over up to 2,000 training images). */
    public double fit(AutoencoderNetwork net, long seed, ProgressListener progress) {
        SameDiff sd = net.graph();
        sd.setLossVariables(AutoencoderNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(budget.learningRate()))
                .dataSetFeatureMapping(AutoencoderNetwork.INPUT).dataSetLabelMapping(AutoencoderNetwork.TARGET)
                .build());
        return EpochFit.run(sd, budget.schedule(), seed, rows -> {
            INDArray x = train.rows(rows);
            return new DataSet(x, x);
        }, () -> trainingLoss(net), progress);
    }

    private double trainingLoss(AutoencoderNetwork net) {
        INDArray x = train.rows(IntStream.range(0, Math.min(2000, budget.trainExamples())).toArray());
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(AutoencoderNetwork.INPUT, x);
        ph.put(AutoencoderNetwork.TARGET, x);
        return net.graph().output(ph, AutoencoderNetwork.LOSS).get(AutoencoderNetwork.LOSS).getDouble(0);
    }

    /** Per-image errors of every test image. */
    public static ExampleOutputs evaluate(AutoencoderNetwork net, CifarTensors test) {
        int n = test.count();
        double[] mse = new double[n];
        for (int from = 0; from < n; from += EVAL_BATCH) {
            int[] rows = IntStream.range(from, Math.min(n, from + EVAL_BATCH)).toArray();
            float[] e = net.perImageError(test.rows(rows)).data().asFloat();
            for (int i = 0; i < e.length; i++) {
                mse[from + i] = e[i];
            }
        }
        return ReconstructionOutputs.of(IntStream.range(0, n).toArray(), test.labels(), mse);
    }
}
