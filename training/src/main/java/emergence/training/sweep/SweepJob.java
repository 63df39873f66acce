package emergence.training.sweep;

import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.sweep.Profile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every task of one sweep shares.
 *
 * @param experiment the experiment
 * @param profile    its profile
 * @param data       the dataset as verified where the sweep was planned
 * @param dataDir    the explicit {@code --data-dir}, if any (other JVMs verify the dataset there, else at the
 *                   verified copy's path)
 * @param threads    ND4J threads per run
 * @param <C>        the family's size record
 */
public record SweepJob<C extends Record>(Experiment<C, ?> experiment, Profile profile, VerifiedDataset data,
                                         Optional<Path> dataDir, int threads) {
}
