package emergence.autoencoder;

import emergence.core.data.LabeledImages;
import emergence.core.data.VerifiedDataset;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.ReconstructionOutputs;
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
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains autoencoders with SameDiff (Adam, mean squared error) and stores every test image's error. The
 * replicates of one width train together in one graph ({@link AutoencoderNetwork}), each on its own shuffle.
 */
public final class AutoencoderTrainer implements Trainer<AutoencoderSize> {
    private static final int EVAL_BATCH = 1000;

    private final CifarTensors train;
    private final CifarTensors test;
    private final AdamBudget budget;
    private final Map<String, Object> standardization;
    private final CheckpointSchedule checkpoints;

    /** A trainer that evaluates each run at its end only. */
    public AutoencoderTrainer(CifarTensors train, CifarTensors test, AdamBudget budget,
                              Map<String, Object> standardization) {
        this(train, test, budget, standardization, CheckpointSchedule.lastOnly(budget.steps()));
    }

    private AutoencoderTrainer(CifarTensors train, CifarTensors test, AdamBudget budget,
                               Map<String, Object> standardization, CheckpointSchedule checkpoints) {
        budget.requireExamples(train.count());
        this.train = train;
        this.test = test;
        this.budget = budget;
        this.standardization = Map.copyOf(standardization);
        this.checkpoints = checkpoints;
    }

    /** This trainer, also storing the test outputs at {@link CheckpointSchedule#PER_RUN} log-spaced steps. */
    public AutoencoderTrainer checkpointed() {
        return new AutoencoderTrainer(train, test, budget, standardization,
                CheckpointSchedule.logSpaced(budget.steps(), CheckpointSchedule.PER_RUN));
    }

    /**
     * The trainer of {@code budget} on CIFAR-100: its first training images and every test image, standardised per
     * channel with the whole training set's mean and std.
     */
    public static AutoencoderTrainer of(VerifiedDataset data, AdamBudget budget) {
        LabeledImages train = Cifar100.load(data, true);
        CifarTensors.Standardization z = CifarTensors.Standardization.of(train);
        LabeledImages test = Cifar100.load(data, false);
        return new AutoencoderTrainer(CifarTensors.of(train.head(budget.trainExamples()), z), CifarTensors.of(test, z),
                budget, z.asMap());
    }

    @Override
    public TrainedModel train(RunSpec<AutoencoderSize> run, ProgressListener progress) {
        return trainTogether(List.of(run), progress).get(0);
    }

    @Override
    public List<TrainedModel> trainTogether(List<RunSpec<AutoencoderSize>> runs, ProgressListener progress) {
        int hidden = runs.get(0).size().config().hidden();
        long[] seeds = runs.stream().mapToLong(RunSpec::seed).toArray();
        AutoencoderNetwork net = AutoencoderNetwork.build(hidden, seeds);
        MemberCheckpoints stored = new MemberCheckpoints(runs.size());
        double[] loss = fit(net, seeds, progress, checkpoints, epochLoss -> { },
                (step, examples) -> stored.add(step, examples, tables(evaluate(net))));
        List<ExampleOutputs> outputs = tables(evaluate(net));
        stored.add(budget.steps(), budget.examples(), outputs);
        List<TrainedModel> models = new ArrayList<>();
        for (int m = 0; m < runs.size(); m++) {
            Map<String, Object> details = new LinkedHashMap<>(standardization);
            details.put("steps", budget.steps());
            details.put("final_train_loss", loss[m]);
            details.put("trained_together", runs.size());
            models.add(new TrainedModel(net.parameterCount(), outputs.get(m), details, stored.of(m)));
        }
        return models;
    }

    /**
     * Trains in place, member m on the shuffle of {@code seeds[m]}; returns each member's final training loss
     * (mean over up to 2,000 training images).
     */
    public double[] fit(AutoencoderNetwork net, long[] seeds, ProgressListener progress) {
        return fit(net, seeds, progress, loss -> { });
    }

    /**
     * As {@link #fit(AutoencoderNetwork, long[], ProgressListener)}, handing {@code afterEpoch} each member's training
     * loss after every epoch, in order (the network then holds that epoch's weights).
     */
    public double[] fit(AutoencoderNetwork net, long[] seeds, ProgressListener progress, Consumer<double[]> afterEpoch) {
        return fit(net, seeds, progress, CheckpointSchedule.lastOnly(budget.steps()), afterEpoch,
                (step, examples) -> { });
    }

    private double[] fit(AutoencoderNetwork net, long[] seeds, ProgressListener progress, CheckpointSchedule schedule,
                         Consumer<double[]> afterEpoch, EpochFit.CheckpointListener atCheckpoint) {
        SameDiff sd = net.graph();
        sd.setLossVariables(AutoencoderNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(EpochFit.adam(budget))
                .dataSetFeatureMapping(AutoencoderNetwork.INPUT).dataSetLabelMapping(AutoencoderNetwork.TARGET)
                .build());
        INDArray probe = train.rows(IntStream.range(0, Math.min(2000, budget.trainExamples())).toArray());
        return EpochFit.runTogether(sd, budget.schedule(), seeds, rows -> {
            INDArray[] perMember = new INDArray[rows.length];
            for (int m = 0; m < rows.length; m++) {
                perMember[m] = train.rows(rows[m]);
            }
            INDArray x = Nd4j.stack(0, perMember);
            for (INDArray copy : perMember) {
                copy.close();
            }
            return new DataSet(x, x);
        }, () -> {
            double[] loss = net.loss(probe);
            afterEpoch.accept(loss);
            return loss;
        }, progress, schedule, atCheckpoint);
    }

    private static List<ExampleOutputs> tables(List<ReconstructionOutputs> outputs) {
        return outputs.stream().map(ReconstructionOutputs::table).toList();
    }

    /** The budget it trains under. */
    public AdamBudget budget() {
        return budget;
    }

    /** Per-image errors of every test image, one table per member. */
    public List<ReconstructionOutputs> evaluate(AutoencoderNetwork net) {
        int n = test.count();
        double[][] mse = new double[net.members()][n];
        for (int from = 0; from < n; from += EVAL_BATCH) {
            int[] rows = IntStream.range(from, Math.min(n, from + EVAL_BATCH)).toArray();
            INDArray e = net.perImageError(test.rows(rows));
            for (int m = 0; m < net.members(); m++) {
                float[] member = e.getRow(m).toFloatVector();
                for (int i = 0; i < member.length; i++) {
                    mse[m][from + i] = member[i];
                }
            }
        }
        List<ReconstructionOutputs> tables = new ArrayList<>();
        for (double[] member : mse) {
            tables.add(new ReconstructionOutputs(IntStream.range(0, n).toArray(), test.labels(), member));
        }
        return tables;
    }
}
