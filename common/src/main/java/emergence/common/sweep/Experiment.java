package emergence.common.sweep;

import emergence.common.data.DatasetSpec;
import emergence.common.data.VerifiedDataset;
import emergence.common.metrics.Metric;
import java.util.List;

/**
 * One experiment of the lab: a dataset, a model family with a size knob, a trainer, and the metrics that
 * score its stored outputs. Adding an experiment means implementing this in a new module.
 */
public interface Experiment {
    /** Name used on the command line and in result paths, e.g. {@code lenet-mnist}. */
    String name();

    /** The dataset this experiment trains and tests on. */
    DatasetSpec dataset();

    /** Sizes, seeds and budget of a profile. */
    FamilyPlan plan(Profile profile);

    /** Loads the verified data once and returns a trainer for the profile's budget. */
    Trainer trainer(VerifiedDataset data, Profile profile);

    /** The metrics of this experiment, each a pure function of stored outputs. */
    List<Metric> metrics();
}
