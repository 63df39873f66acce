package emergence.results;

import emergence.core.outputs.RunStore;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SweepOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a sweep will cost before it starts: the runs not yet stored under {@code --out}, timed by the same
 * runs of the committed reference results ({@code results/EXPERIMENT/runs-PROFILE}, measured on the machine
 * described in the README).
 */
final class RunTimeEstimate {
    static final Path REFERENCE = Path.of("results");

    private RunTimeEstimate() {
    }

    /** A line such as {@code 42 runs to train; estimate 0:19:35 (reference run times)}. */
    static String of(List<? extends RunSpec<?>> jobs, SweepOptions options, String experiment) {
        RunStore stored = new RunStore(options.profile().runsDir(options.out(), experiment));
        RunStore reference = new RunStore(options.profile().runsDir(REFERENCE, experiment));
        List<? extends RunSpec<?>> pending = jobs.stream().filter(j -> stored.find(j.dirName()).isEmpty()).toList();
        if (pending.isEmpty()) {
            return "all " + jobs.size() + " runs stored; nothing to train";
        }
        double seconds = 0;
        int timed = 0;
        for (RunSpec<?> job : pending) {
            Optional<RunStore.StoredRun> ref = reference.find(job.dirName());
            if (ref.isPresent() && ref.get().manifest().ok()) {
                seconds += ref.get().manifest().trainSeconds();
                timed++;
            }
        }
        if (timed == 0) {
            return pending.size() + " runs to train; no reference run times in " + reference.dir()
                    + " (the progress line gives an ETA once training starts)";
        }
        String estimate = pending.size() + " runs to train; estimate " + Durations.format(seconds)
                + " of training (reference run times";
        return estimate + (timed < pending.size() ? ", " + timed + " of the runs timed)" : ")");
    }
}
