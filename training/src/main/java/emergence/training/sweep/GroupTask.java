package emergence.training.sweep;

import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of a sweep: replicates of one size trained together, named by their place in the family so that the
 * task travels to another JVM and is rebuilt there from the same plan.
 *
 * @param experiment experiment name
 * @param profile    the profile whose plan holds the size
 * @param refinement what bin/lab refine added to that profile in the sweep's store
 * @param sizeIndex  position of the size in the family
 * @param sizeId     the size's id (checked against the plan where the task is rebuilt)
 * @param replicates replicate numbers of the runs
 * @param seeds      their derived seeds
 * @param cost       estimated cost of all of them (progress, ETA and scheduling only)
 */
public record GroupTask(String experiment, Profile profile, Refinement refinement, int sizeIndex, String sizeId,
                        List<Integer> replicates, List<Long> seeds, double cost) implements Serializable {
    public GroupTask {
        replicates = List.copyOf(replicates);
        seeds = List.copyOf(seeds);
        if (replicates.isEmpty() || replicates.size() != seeds.size()) {
            throw new IllegalArgumentException("a task needs one seed per replicate, got " + replicates + " and "
                    + seeds);
        }
    }

    /** The task of a group of runs of one size. */
    public static <C extends Record> GroupTask of(List<RunSpec<C>> group, Profile profile, Refinement refinement) {
        RunSpec<C> first = group.get(0);
        return new GroupTask(first.experiment(), profile, refinement, first.sizeIndex(), first.size().id(),
                group.stream().map(RunSpec::replicate).toList(), group.stream().map(RunSpec::seed).toList(),
                group.stream().mapToDouble(r -> r.size().cost()).sum());
    }

    /**
     * The runs of this task in the given plan.
     *
     * @throws IllegalStateException when the plan has another size at this position (the JVM training the task
     *                               runs another version of the lab than the one that planned it)
     */
    public <C extends Record> List<RunSpec<C>> runs(FamilyPlan<C> plan) {
        SizeSpec<C> size = sizeIndex < plan.sizes().size() ? plan.sizes().get(sizeIndex) : null;
        if (size == null || !size.id().equals(sizeId)) {
            throw new IllegalStateException("size " + sizeIndex + " of " + experiment + " is " + (size == null
                    ? "missing" : size.id()) + " here but " + sizeId + " where the sweep was planned: every JVM of "
                    + "the sweep must run the same build of the lab");
        }
        List<RunSpec<C>> runs = new ArrayList<>();
        for (int i = 0; i < replicates.size(); i++) {
            runs.add(new RunSpec<>(experiment, size, sizeIndex, replicates.get(i), seeds.get(i)));
        }
        return runs;
    }

    /** The first run's folder name, with the number of replicates trained with it, e.g. {@code 03_h16_r0 +2}. */
    public String label() {
        String first = emergence.core.outputs.RunStore.runName(sizeIndex, sizeId, replicates.get(0));
        return first + (replicates.size() > 1 ? " +" + (replicates.size() - 1) + " replicates" : "");
    }
}
