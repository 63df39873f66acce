package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.MarkdownTables;
import emergence.report.Durations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
@Command(name = "plan", description = "Project the remaining sweep's training FLOPs (counted from each size's "
        + "architecture) and wall time on N workers (task slots) from measured per-run times, scheduled largest task "
        + "first as the engines do.")
final class PlanCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "Default: every experiment.")
    List<String> experiments;

    @Mixin
    SweepOptionsMixin sweep;

    @Option(names = "--workers", split = ",", paramLabel = "N[,N…]", description = "Task slots: tasks trained at "
            + "once (executors × cores ÷ --task-threads). Default: 1,2,16,64.")
    List<Integer> workers = List.of(1, 2, 16, 64);

    @Option(names = "--times-from", paramLabel = "DIR", description = "Results root whose stored runs time the "
            + "projection (run times of the threads they were trained with). Default: results.")
    Path timesFrom = ResultsLayout.COMMITTED.root();

    @Override
    public Integer call() {
        SweepOptions options = sweep.toOptions();
        if (workers.isEmpty()) {
            throw new BadInputException("--workers lists nothing: name at least one number of task slots, e.g. "
                    + "--workers 1,16, or leave the option out.");
        }
        workers.forEach(w -> Inputs.within("--workers", w, 1, Integer.MAX_VALUE));
        Inputs.existingFolder("--times-from", timesFrom);
        List<Experiment<?, ?>> chosen = experiments == null || experiments.isEmpty() ? Experiments.all()
                : experiments.stream().<Experiment<?, ?>>map(Experiments::get).toList();
        Map<String, RunTimeEstimate> estimates = new LinkedHashMap<>();
        for (Experiment<?, ?> entry : chosen) {
            estimates.put(entry.name(), RunTimeEstimate.of(entry, options, timesFrom));
        }
        System.out.println("Projected training FLOPs and wall time (" + options.profile().id() + " profile, runs not "
                + "yet in " + options.out() + ", timed by " + timesFrom + "; untimed runs are left out):");
        System.out.println(table(estimates, workers));
        System.out.println();
        System.out.println("Training budgets (" + options.profile().id() + " profile):");
        System.out.println(budgets(chosen, options.profile()));
        if (estimates.values().stream().allMatch(e -> e.pending() == 0)) {
            System.out.println("Every run is already stored in " + options.out() + ", so nothing is left to train and "
                    + "every time is 0. To project a whole sweep from scratch, point --out at a folder without it, "
                    + "e.g. bin/lab plan --profile " + options.profile().id() + " --out /tmp/fresh (nothing is "
                    + "written there).");
        }
        return 0;
    }

    /**
     * One row per experiment (and, for several, their sum: experiments train one after another, each on every
     * slot) with the projected wall time on each number of workers.
     */
    static String table(Map<String, RunTimeEstimate> estimates, List<Integer> workers) {
        List<String> header = new ArrayList<>(List.of("experiment", "runs left", "timed", "threads",
                "training FLOPs"));
        workers.forEach(w -> header.add(w + (w == 1 ? " worker" : " workers")));
        List<List<String>> rows = new ArrayList<>();
        estimates.forEach((name, e) -> rows.add(row(name, e.pending(), e.timed(), e.threads().orElse("–"), e.flops(),
                workers, e::wallSeconds)));
        if (estimates.size() > 1) {
            Collection<RunTimeEstimate> all = estimates.values();
            rows.add(row("all, one after another", all.stream().mapToInt(RunTimeEstimate::pending).sum(),
                    all.stream().mapToInt(RunTimeEstimate::timed).sum(), "",
                    all.stream().mapToDouble(RunTimeEstimate::flops).sum(), workers,
                    w -> all.stream().mapToDouble(e -> e.wallSeconds(w)).sum()));
        }
        return MarkdownTables.table(header, 1, rows);
    }

    /**
     * Each family's budget rule: what every size shares, the examples a run sees, how the budget was chosen; then
     * what a size added to a family would train with, per kind of rule in the table.
     */
    static String budgets(List<Experiment<?, ?>> experiments, Profile profile) {
        List<List<String>> rows = new ArrayList<>();
        Set<BudgetRule.Kind> kinds = new LinkedHashSet<>();
        for (Experiment<?, ?> e : experiments) {
            FamilyPlan<?> plan = e.plan(profile);
            kinds.add(plan.rule().kind());
            rows.add(List.of(e.name(), plan.rule().kind().label(), String.format(Locale.ROOT, "%,d", plan.examples()),
                    plan.rule().chosen()));
        }
        StringBuilder out = new StringBuilder(MarkdownTables.table(List.of("experiment", "budget", "examples a run "
                + "sees", "how it was chosen"), 4, rows));
        for (BudgetRule.Kind k : kinds) {
            out.append("\nWhere the budget is ").append(k.label()).append(", a size added to the family trains on ")
                    .append(k.newSize()).append('.');
        }
        return out.append('\n').toString();
    }

    private static List<String> row(String name, int pending, int timed, String threads, double flops,
                                    List<Integer> workers, IntToDoubleFunction wall) {
        List<String> row = new ArrayList<>(List.of(name, "" + pending, "" + timed, threads,
                flops == 0 ? "0" : String.format(Locale.ROOT, "%.2e", flops)));
        workers.forEach(w -> row.add(Durations.format(wall.applyAsDouble(w))));
        return row;
    }
}
