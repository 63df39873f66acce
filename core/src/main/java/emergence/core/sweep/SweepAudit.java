package emergence.core.sweep;

import emergence.core.data.DatasetSpec;
import emergence.core.outputs.RunStore;
import emergence.core.outputs.RunStore.StoredRun;
import emergence.core.outputs.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's stored runs of one profile, checked against the sweep they belong to: every run folder must be a
 * job of the plan under the options (root seed, seeds per size), its manifest must agree with that job field by
 * field ({@link RunIdentity}). What the plan lacks is listed as missing.
 *
 * @param store   the runs folder
 * @param jobs    the sweep's jobs
 * @param stored  the stored runs (finished or failed), each the job of its folder
 * @param missing the jobs with no stored run (never trained, or a folder without a manifest)
 * @param <C>     the family's size record
 */
public record SweepAudit<C extends Record>(RunStore store, List<RunSpec<C>> jobs, List<StoredRun> stored,
                                           List<RunSpec<C>> missing) {
    /**
     * Audits the store of an experiment's sweep.
     *
     * @throws StoreException naming the run folder, the field and the fix when a stored run is not a run of the plan
     */
    public static <C extends Record> SweepAudit<C> of(String experiment, FamilyPlan<C> plan, DatasetSpec dataset,
                                                      SweepOptions options) {
        RunStore store = new RunStore(options.profile().runsDir(options.out(), experiment));
        List<RunSpec<C>> jobs = options.withSizes(List.of()).jobs(experiment, plan);
        Map<String, RunSpec<C>> byName = new LinkedHashMap<>();
        jobs.forEach(j -> byName.put(j.dirName(), j));
        List<StoredRun> stored = new ArrayList<>();
        for (StoredRun run : store.list()) {
            String name = run.dir().getFileName().toString();
            RunSpec<C> job = byName.get(name);
            if (job == null) {
                throw new StoreException("Run " + run.dir() + " is not a run of the " + options.profile().id()
                        + " plan of " + experiment + " (" + plan.sizes().size() + " sizes, " + jobs.size()
                        + " runs, root seed " + options.rootSeed() + "). If it was trained with more seeds, pass "
                        + "--seeds; if bin/lab refine planned it, restore " + experiment + "/refinement-"
                        + options.profile().id() + ".json; else move it out of " + store.dir() + ".");
            }
            List<String> d = RunIdentity.differences(run.manifest(), options.profile().id(), options.rootSeed(),
                    job, plan, dataset);
            if (!d.isEmpty()) {
                throw new StoreException("Run " + run.dir() + " is not the run its folder names: manifest.json "
                        + String.join("; ", d) + " (stored → planned): it was trained with another configuration, "
                        + "or its manifest was changed. Use another --out for the new configuration, or delete the "
                        + "folder and train the run again.");
            }
            stored.add(run);
        }
        List<RunSpec<C>> missing = jobs.stream().filter(j -> stored.stream()
                .noneMatch(r -> r.dir().getFileName().toString().equals(j.dirName()))).toList();
        return new SweepAudit<>(store, jobs, stored, missing);
    }

    /** Whether every job of the sweep is stored. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** A line such as {@code 4 of 8 runs stored in DIR; missing: 02_s2_r0, 02_s2_r1, …}. */
    public String describe() {
        Path dir = store.dir();
        List<String> names = missing.stream().map(RunSpec::dirName).limit(4).toList();
        return (jobs.size() - missing.size()) + " of " + jobs.size() + " runs stored in " + dir
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", names)
                + (missing.size() > names.size() ? ", … (" + missing.size() + " in all)" : ""));
    }
}
