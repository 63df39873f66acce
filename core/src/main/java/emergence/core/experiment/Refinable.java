package emergence.core.experiment;

import emergence.core.BadInputException;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.SizeSpec;
import java.util.List;

/**
 * A family that can take sizes between its members, so that {@code bin/lab refine} can place sizes where a curve
 * turns ({@link Refiner}): the capability of an experiment whose size parameter takes in-between values.
 *
 * @param <C> the family's size record
 */
public interface Refinable<C extends Record> {
    /** Every size the family can take strictly between two of its members, in order of parameters (none: it cannot). */
    List<C> between(C lower, C upper);

    /** The member of a profile that a size record makes: its id, cost, FLOPs and parameters. */
    SizeSpec<C> spec(C size, Profile profile);

    /** The size record's type: a refinement stores sizes as its JSON. */
    Class<C> sizeType();

    /** How in-between sizes are made, in a sentence (bin/lab refine prints it). */
    String knob();

    /**
     * An experiment's plan of a profile with a refinement's sizes and seeds.
     *
     * @throws BadInputException when the experiment cannot take in-between sizes, or a stored size is not one of its
     */
    static <C extends Record> FamilyPlan<C> plan(Experiment<C, ?> experiment, Profile profile, Refinement refinement) {
        FamilyPlan<C> plan = experiment.plan(profile);
        if (refinement.isEmpty()) {
            return plan;
        }
        Refinable<C> family = of(experiment);
        try {
            List<SizeSpec<C>> added = refinement.sizes().stream()
                    .map(s -> family.spec(RunStore.json().convertValue(s, family.sizeType()), profile)).toList();
            return plan.refined(added, refinement.seeds());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("The refinement of " + experiment.name() + " (" + profile.id() + " profile) "
                    + "does not fit its family: " + e.getMessage() + ". Restore refinement-" + profile.id()
                    + ".json from git, or plan it again with bin/lab refine " + experiment.name() + ".", e);
        }
    }

    /**
     * The experiment as a refinable family.
     *
     * @throws BadInputException when it is not one
     */
    @SuppressWarnings("unchecked")
    static <C extends Record> Refinable<C> of(Experiment<C, ?> experiment) {
        return experiment.capability(Refinable.class).orElseThrow(() -> new BadInputException(experiment.name()
                + "'s family cannot take sizes between its members (it is not Refinable), so it cannot be refined."));
    }
}
