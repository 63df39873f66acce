package emergence.core.experiment;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.figures.FigureSet;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.Trainer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One experiment of the lab: who it is, its recipe (dataset, the family of a profile, the trainer), how its stored
 * outputs are scored and its figures. Everything else is an optional capability the entry class may implement and
 * the lab discovers by type ({@link #capability}): {@link Explorable}, {@link LiveDemo}, {@link ReferenceTables},
 * {@link Analysed}, {@link Benchmarked}, {@link Findings}, {@link Refinable}; a new capability is a new interface,
 * and no existing experiment changes.
 * An experiment module implements this once and lists the class in
 * {@code META-INF/services/emergence.core.experiment.Experiment}; the lab finds it at run time
 * ({@link Experiments}). Nothing but {@link #trainer} and {@link Benchmarked} may touch a native library, so that
 * scoring, figures and the report run without one.
 *
 * @param <C> the family's size record (stored whole in each run's manifest)
 * @param <O> the typed outputs its metrics read
 */
public interface Experiment<C extends Record, O> {
    /** Its name, title and place in the report. */
    ExperimentId id();

    /** The dataset this experiment trains and tests on. */
    DatasetSpec dataset();

    /** Sizes, seeds and budget of a profile, as the code defines it. */
    FamilyPlan<C> plan(Profile profile);

    /**
     * The plan of a profile in the store of a results root: with the sizes and seeds {@code bin/lab refine} added
     * there ({@link Refinement}), if any.
     */
    default FamilyPlan<C> plan(Profile profile, Path root) {
        return Refinable.plan(this, profile, Refinement.read(root, name(), profile));
    }

    /** Loads the verified data once and returns a trainer for the profile's budget. */
    Trainer<C> trainer(VerifiedDataset data, Profile profile);

    /** How its stored outputs are read and scored. */
    Scoring<O> scoring();

    /** Its figures, rendered from its summary, with their captions. */
    FigureSet figures();

    /** Name used on the command line and in result paths, e.g. {@code lenet-mnist}. */
    default String name() {
        return id().name();
    }

    /** This experiment as a capability it offers, e.g. {@code capability(LiveDemo.class)}; empty if it does not. */
    default <T> Optional<T> capability(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }
}
