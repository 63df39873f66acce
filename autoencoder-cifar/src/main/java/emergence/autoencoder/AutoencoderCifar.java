package emergence.autoencoder;

import emergence.common.data.Cifar100;
import emergence.common.data.DatasetSpec;
import emergence.common.data.LabeledImages;
import emergence.common.data.VerifiedDataset;
import emergence.common.metrics.FittedReconstruction;
import emergence.common.metrics.MeanSquaredError;
import emergence.common.metrics.Metric;
import emergence.common.metrics.Reconstruction;
import emergence.common.nn.AdamBudget;
import emergence.common.sweep.Experiment;
import emergence.common.sweep.FamilyPlan;
import emergence.common.sweep.Profile;
import emergence.common.sweep.Trainer;
import java.util.List;

/**
 * The paper's §5 CIFAR-100 experiment: shallow autoencoders of growing width, scored by mean squared error
 * (smooth) and by Reconstruction_c, the share of test images reconstructed better than c (sharp).
 */
public final class AutoencoderCifar implements Experiment {
    public static final String NAME = "autoencoder-cifar";
    /**
     * The default threshold, the one the emergence comparison with MSE is stated for: the largest tabulated c
     * at which every width up to 48 (the smaller half of the family) stays at Reconstruction_c ≤ 0.01, measured
     * on the paper sweep (seed means at h=48: 0.0046 at c=0.02, 0.014 at c=0.03; h=1024 reaches 0.75 at 0.02).
     */
    public static final double DEFAULT_C = 0.02;
    /**
     * Thresholds c of the default table, in standardised units² (per-image mean squared error). They span
     * the per-image errors of the family, from what only the widest members reach to what the narrow ones do.
     */
    public static final List<Double> THRESHOLDS = List.of(0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075,
            0.1, 0.15, 0.2, 0.3);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DatasetSpec dataset() {
        return Cifar100.SPEC;
    }

    @Override
    public FamilyPlan plan(Profile profile) {
        return AutoencoderFamily.plan(profile);
    }

    @Override
    public Trainer trainer(VerifiedDataset data, Profile profile) {
        AdamBudget budget = AutoencoderFamily.budget(profile);
        LabeledImages train = Cifar100.load(data, true);
        CifarTensors.Standardization z = CifarTensors.Standardization.of(train);
        LabeledImages test = Cifar100.load(data, false);
        return new AutoencoderTrainer(CifarTensors.of(train.head(budget.trainExamples()), z), CifarTensors.of(test, z),
                budget, z.asMap());
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new MeanSquaredError(), new Reconstruction(THRESHOLDS), new FittedReconstruction(THRESHOLDS));
    }
}
