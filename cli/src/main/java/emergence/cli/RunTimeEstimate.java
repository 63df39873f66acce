package emergence.cli;

import emergence.core.experiment.Experiment;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.Schedule;
import emergence.core.sweep.SweepOptions;
import emergence.report.Durations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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
 * @param flops   operations the runs left train with (their examples, forward and backward; {@link ExampleFlops})
 */
record RunTimeEstimate(int pending, int timed, List<Double> tasks, Optional<String> threads, Path timedBy,
                       double flops) {
    /** The estimate of an experiment's runs not yet under {@code --out}, timed by the runs under {@code timesRoot}. */
    static RunTimeEstimate of(Experiment<?, ?> experiment, SweepOptions options, Path timesRoot) {
        RunStore stored = new RunStore(options.profile().runsDir(options.out(), experiment.name()));
        return of(experiment.plan(options.profile(), options.out()), experiment.name(), options, name -> stored.find(name).isPresent(),
                new RunStore(options.profile().runsDir(timesRoot, experiment.name())));
    }

    /**
     * The estimate of the plan's jobs under the options that are not {@code done}, in tasks of replicates as the
     * sweep runner makes them, timed by the finished runs of the same names in {@code timedBy}.
     */
    static <C extends Record> RunTimeEstimate of(FamilyPlan<C> plan, String experiment, SweepOptions options,
                                                 Predicate<String> done, RunStore timedBy) {
        List<Double> tasks = new ArrayList<>();
        int timed = 0;
        String threads = null;
        List<RunSpec<C>> pending = options.jobs(experiment, plan).stream().filter(j -> !done.test(j.dirName()))
                .toList();
        for (List<RunSpec<C>> task : FamilyPlan.tasks(pending, plan.together())) {
            double seconds = 0;
            for (RunSpec<C> job : task) {
                Optional<RunStore.StoredRun> ref = timedBy.find(job.dirName());
                if (ref.isPresent() && ref.get().manifest().ok()) {
                    seconds += ref.get().manifest().outcome().trainSeconds();
                    threads = ref.get().manifest().environment().get("threads");
                    timed++;
                }
            }
            tasks.add(seconds);
        }
        double flops = pending.stream().mapToDouble(j -> plan.trainingFlops(j.size())).sum();
        return new RunTimeEstimate(pending.size(), timed, tasks, Optional.ofNullable(threads), timedBy.dir(), flops);
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
