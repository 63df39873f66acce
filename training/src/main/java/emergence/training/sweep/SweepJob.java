package emergence.training.sweep;

import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Refinable;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every task of one sweep shares.
 *
 * @param experiment the experiment
 * @param profile    its profile
 * @param refinement the sizes and seeds bin/lab refine added to the profile in the sweep's store
 * @param data       the dataset as verified where the sweep was planned
 * @param dataDir    the explicit {@code --data-dir}, if any (other JVMs verify the dataset there, else at the
 *                   verified copy's path)
 * @param threads    ND4J threads per run
 * @param <C>        the family's size record
 */
public record SweepJob<C extends Record>(Experiment<C, ?> experiment, Profile profile, Refinement refinement,
                                         VerifiedDataset data, Optional<Path> dataDir, int threads) {
    /** The plan the sweep's tasks are runs of. */
    public FamilyPlan<C> plan() {
        return Refinable.plan(experiment, profile, refinement);
    }
}
