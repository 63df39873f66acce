package emergence.results;

import emergence.core.outputs.RunStore;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.Schedule;
import emergence.core.sweep.SweepOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sweep will cost before it starts: the runs not yet stored under {@code --out}, timed by the same runs of a
 * timed results root (by default the committed reference results, {@code results/EXPERIMENT/runs-PROFILE}, measured
 * on the machine described in the README), grouped into the engine's tasks (a size's replicates) and scheduled on a
 * number of slots ({@link Schedule}).
 *
 * @param pending runs left to train
 * @param timed   of which the timed root has a finished run
 * @param tasks   seconds of each task of the timed runs on one slot
 * @param threads the threads per run the timed runs were trained with (empty when none was timed)
 * @param timedBy the timed run store
 */
record RunTimeEstimate(int pending, int timed, List<Double> tasks, Optional<String> threads, Path timedBy) {
    static final Path REFERENCE = Path.of("results");

    /** The estimate of an experiment's remaining runs from the runs stored under {@code timesRoot}. */
    static RunTimeEstimate of(List<? extends RunSpec<?>> jobs, SweepOptions options, String experiment,
                              Path timesRoot) {
        RunStore stored = new RunStore(options.profile().runsDir(options.out(), experiment));
        RunStore reference = new RunStore(options.profile().runsDir(timesRoot, experiment));
        Map<String, Double> bySize = new LinkedHashMap<>();
        int pending = 0;
        int timed = 0;
        String threads = null;
        for (RunSpec<?> job : jobs) {
            if (stored.find(job.dirName()).isPresent()) {
                continue;
            }
            pending++;
            Optional<RunStore.StoredRun> ref = reference.find(job.dirName());
            if (ref.isPresent() && ref.get().manifest().ok()) {
                bySize.merge(job.size().id(), ref.get().manifest().trainSeconds(), Double::sum);
                threads = ref.get().manifest().environment().get("threads");
                timed++;
            }
        }
        return new RunTimeEstimate(pending, timed, new ArrayList<>(bySize.values()), Optional.ofNullable(threads),
                reference.dir());
    }

    /** Projected wall time of the timed tasks on {@code slots} tasks at once. */
    double wallSeconds(int slots) {
        return Schedule.makespan(tasks, slots);
    }

    /** A line such as {@code 42 runs to train; estimate 0:19:35 on 1 slot (reference run times)}. */
    String describe(int slots) {
        if (pending == 0) {
            return "all runs stored; nothing to train";
        }
        if (timed == 0) {
            return pending + " runs to train; no reference run times in " + timedBy
                    + " (the progress line gives an ETA once training starts)";
        }
        return pending + " runs to train; estimate " + Durations.format(wallSeconds(slots)) + " on " + slots
                + (slots == 1 ? " slot" : " slots") + " (run times of " + timedBy + ", " + threads.orElse("?")
                + " threads per run" + (timed < pending ? "; " + timed + " of the runs timed)" : ")");
    }
}
