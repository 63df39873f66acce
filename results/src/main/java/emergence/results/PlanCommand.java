package emergence.results;

import emergence.core.BadInputException;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.MarkdownTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab plan}: the remaining sweep's wall time on 1..N task slots, before anything is spent, from per-run
 * times already measured (the committed reference results by default) and the engines' largest-first schedule.
 */
@Command(name = "plan", description = "Project the remaining sweep's wall time on N workers (task slots) from "
        + "measured per-run times, scheduled largest task first as the engines do.")
final class PlanCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "Default: every experiment.")
    List<String> experiments;

    @Mixin
    SweepOptionsMixin sweep;

    @Option(names = "--workers", split = ",", paramLabel = "N[,N…]", description = "Task slots: tasks trained at once "
            + "(executors × cores ÷ --task-threads). Default: 1,2,16,64.")
    List<Integer> workers = List.of(1, 2, 16, 64);

    @Option(names = "--times-from", paramLabel = "DIR", description = "Results root whose stored runs time the "
            + "projection (run times of the threads they were trained with). Default: results.")
    Path timesFrom = RunTimeEstimate.REFERENCE;

    @Override
    public Integer call() {
        SweepOptions options = sweep.toOptions();
        if (workers.stream().anyMatch(w -> w < 1)) {
            throw new BadInputException("--workers must be ≥ 1, got " + workers);
        }
        List<Experiment<?, ?>> chosen = experiments == null || experiments.isEmpty() ? Experiments.all()
                : experiments.stream().<Experiment<?, ?>>map(Experiments::get).toList();
        List<String> header = new ArrayList<>(List.of("experiment", "runs left", "timed", "threads"));
        workers.forEach(w -> header.add(w + (w == 1 ? " worker" : " workers")));
        List<List<String>> rows = new ArrayList<>();
        List<RunTimeEstimate> all = new ArrayList<>();
        for (Experiment<?, ?> entry : chosen) {
            var jobs = options.jobs(entry.name(), entry.plan(options.profile()));
            RunTimeEstimate e = RunTimeEstimate.of(jobs, options, entry.name(), timesFrom);
            all.add(e);
            rows.add(row(entry.name(), e.pending(), e.timed(), e.threads().orElse("–"), workers, e::wallSeconds));
        }
        if (chosen.size() > 1) {
            // Experiments run one after another (reproduce), each sweep on every slot.
            rows.add(row("all, one after another", all.stream().mapToInt(RunTimeEstimate::pending).sum(),
                    all.stream().mapToInt(RunTimeEstimate::timed).sum(), "", workers,
                    w -> all.stream().mapToDouble(e -> e.wallSeconds(w)).sum()));
        }
        System.out.println("Projected training wall time (" + options.profile().id() + " profile, runs not yet in "
                + options.out() + ", timed by " + timesFrom + "; untimed runs are left out):");
        System.out.println(MarkdownTables.table(header, 1, rows));
        return 0;
    }

    private static List<String> row(String name, int pending, int timed, String threads, List<Integer> workers,
                                    IntToDoubleFunction wall) {
        List<String> row = new ArrayList<>(List.of(name, "" + pending, "" + timed, threads));
        workers.forEach(w -> row.add(Durations.format(wall.applyAsDouble(w))));
        return row;
    }
}
