package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Refinable;
import emergence.core.experiment.Refiner;
import emergence.core.metrics.Metric;
import emergence.core.outputs.Provenance;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.Schedule;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.Summary;
import emergence.report.Durations;
import emergence.report.Scorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab refine EXPERIMENT}: where the stored curves of the headline smooth and sharp metric turn, the sizes
 * and seeds that would resolve the turn ({@link Refiner}), their projected time, and with {@code --run} the plan
 * recorded beside the runs ({@link Refinement}) and trained.
 */
@Command(name = "refine", description = "Plan the sizes and seeds that resolve an experiment's transitions (10% to 90% "
        + "of the rise of its headline smooth and sharp metric): sizes added until neighbours across each rise are "
        + "at most --gap decades of parameters apart, --max-seeds seeds at every size across it and at every size "
        + "whose seeds spread over more than --spread of the rise. Prints the plan and its projected time; with --run "
        + "records it in OUT/EXPERIMENT/refinement-PROFILE.json (the profile of that store from then on) and trains "
        + "it.")
final class RefineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "e.g. arithmetic-transformer")
    String experiment;

    @Mixin
    SweepOptionsMixin sweep;

    @Mixin
    TrainingPolicies policies;

    @Mixin
    EngineOptions engine;

    @Option(names = "--gap", paramLabel = "DECADES", description = "Widest gap between neighbouring sizes across a "
            + "transition, in decades of parameters. Default: ${DEFAULT-VALUE}.")
    double gap = Refiner.Settings.DEFAULT.gapDecades();

    @Option(names = "--max-seeds", paramLabel = "N", description = "Seeds at every size across a transition, 1..100. "
            + "Default: ${DEFAULT-VALUE}.")
    int maxSeeds = Refiner.Settings.DEFAULT.maxSeeds();

    @Option(names = "--spread", paramLabel = "F", description = "A size whose seeds span more than this fraction of "
            + "the rise gets --max-seeds. Default: ${DEFAULT-VALUE}.")
    double spread = Refiner.Settings.DEFAULT.spreadFraction();

    @Option(names = "--run", description = "Record the plan beside the runs and train it (resumable: run it again).")
    boolean run;

    @Override
    public Integer call() {
        SweepOptions options = sweep.toOptions().withPolicies(policies.retryFailed, policies.allowDirty);
        if (!(gap > 0 && gap <= 1)) {
            throw new BadInputException("--gap must be in (0, 1] decades of parameters, got " + gap);
        }
        Inputs.within("--max-seeds", maxSeeds, 1, 100);
        if (!(spread > 0 && spread <= 1)) {
            throw new BadInputException("--spread must be a fraction of the rise in (0, 1], got " + spread);
        }
        Experiment<?, ?> entry = Experiments.get(experiment);
        Refiner.Settings settings = new Refiner.Settings(gap, maxSeeds, spread);
        return refine(entry, options, settings);
    }

    private <C extends Record> int refine(Experiment<C, ?> entry, SweepOptions options, Refiner.Settings settings) {
        Refinable<C> family = Refinable.of(entry);
        SweepAudit<C> audit = Scorer.audit(entry, options);
        if (audit.stored().stream().noneMatch(r -> r.manifest().ok())) {
            throw new BadInputException("No stored runs of " + entry.name() + " (" + options.profile().id()
                    + " profile) in " + audit.store().dir() + " to find its transitions in. Train them first: bin/lab "
                    + "train " + entry.name() + " --profile " + options.profile().id() + ".");
        }
        FamilyPlan<C> plan = entry.plan(options.profile(), options.out());
        Refiner.Plan refinement = Refiner.plan(entry, options.profile(), plan, headlineSummary(entry, audit),
                settings);
        System.out.println(entry.name() + " (" + options.profile().id() + " profile, " + audit.stored().size()
                + " stored runs in " + audit.store().dir() + "); in-between sizes: " + family.knob());
        System.out.println();
        System.out.println(transitions(refinement));
        Refinement recorded = Refinement.read(options.out(), entry.name(), options.profile());
        Refinement next = recorded.and(refinement.refinement());
        FamilyPlan<C> refined = Refinable.plan(entry, options.profile(), next);
        List<RunSpec<C>> pending = options.jobs(entry.name(), refined).stream()
                .filter(j -> stored(audit, j) == null).toList();
        refinement.gaps().forEach(g -> System.out.println("Left open: " + g));
        if (refinement.changes().isEmpty() && pending.isEmpty()) {
            System.out.println(refinement.gaps().isEmpty() ? "Resolved at these settings: every gap across the "
                    + "transitions is at most " + gap + " decades and every size there has " + maxSeeds + " seeds. "
                    + "Nothing to add." : "Nothing more to add at these settings: every size there has " + maxSeeds
                    + " seeds, and the gaps above are as close as the family's sizes come.");
            return 0;
        }
        System.out.println(MarkdownTables.table(List.of("size", "", "why", "parameters", "seeds now", "seeds after"),
                3, refinement.changes().stream().map(c -> List.of(c.size(), c.added() ? "new" : "", c.why(),
                        String.format(Locale.ROOT, "%,d", c.params()), "" + c.before(), "" + c.after())).toList()));
        System.out.println(pending.size() + " runs to train; projected " + projection(audit, refined, pending)
                + " (the stored runs' seconds per unit of each size's cost).");
        if (!run) {
            System.out.println("Nothing written. With --run: the plan is recorded in "
                    + new ResultsLayout(options.out()).refinement(entry.name(), options.profile())
                    + " and its runs trained (bin/lab refine " + entry.name() + " --run).");
            return 0;
        }
        options.requireCommitted(Provenance.gitCommit(), ", so the plan was not recorded (commit a refinement "
                + "recorded before too)");
        record(entry, options, next, refined);
        return TrainCommand.train(entry, options, engine);
    }

    /** The stored run of a job (by size and replicate: its folder may still carry the number of its size before). */
    private static RunStore.StoredRun stored(SweepAudit<?> audit, RunSpec<?> job) {
        return audit.stored().stream().filter(r -> r.manifest().identity().sizeId().equals(job.size().id())
                && r.manifest().identity().replicate() == job.replicate()).findFirst().orElse(null);
    }

    /** The summary of the stored runs under the two metrics of the headline contrast. */
    private static <O> Summary headlineSummary(Experiment<?, O> entry, SweepAudit<?> audit) {
        var scoring = entry.scoring();
        var headline = Refiner.headline(entry);
        List<Metric<O>> metrics = List.of(scoring.metric(headline.smooth().metric()),
                scoring.metric(headline.sharp().metric()));
        return Summary.score(LoadedRun.load(audit.stored(), scoring.outputs()), metrics);
    }

    private static String transitions(Refiner.Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (Refiner.Transition t : plan.transitions()) {
            rows.add(t.span().map(s -> List.of(t.metric().toString(), String.format(Locale.ROOT, "%,.0f",
                            Math.pow(10, s.from())), String.format(Locale.ROOT, "%,.0f", Math.pow(10, s.to())),
                            String.format(Locale.ROOT, "%.2f", s.width()), t.lower() + " … " + t.upper()))
                    .orElse(List.of(t.metric().toString(), "", "", "", "no rise")));
        }
        return MarkdownTables.table(List.of("metric", "10% at parameters", "90% at parameters", "decades",
                "sizes across it"), 1, rows);
    }

    /**
     * The pending runs' wall time on 1 and 2 slots: each run's size cost times the stored runs' seconds per unit of
     * cost (their total over their total), in the engine's tasks.
     */
    private static <C extends Record> String projection(SweepAudit<C> audit, FamilyPlan<C> plan,
                                                        List<RunSpec<C>> pending) {
        Map<String, Double> cost = new HashMap<>();
        plan.sizes().forEach(s -> cost.put(s.id(), s.cost()));
        double seconds = 0;
        double costs = 0;
        for (RunStore.StoredRun r : audit.stored()) {
            Double c = cost.get(r.manifest().identity().sizeId());
            if (r.manifest().ok() && c != null) {
                seconds += r.manifest().outcome().trainSeconds();
                costs += c;
            }
        }
        double rate = seconds / costs;
        List<Double> tasks = FamilyPlan.tasks(pending, plan.together()).stream()
                .map(t -> t.stream().mapToDouble(j -> j.size().cost() * rate).sum()).toList();
        return IntStream.of(1, 2).mapToObj(slots -> Durations.format(Schedule.makespan(tasks, slots)) + " on "
                + slots + (slots == 1 ? " slot" : " slots")).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    /** Records the refinement beside the runs and moves every stored run to its size's place in the refined family. */
    private static <C extends Record> void record(Experiment<C, ?> entry, SweepOptions options, Refinement next,
                                                  FamilyPlan<C> refined) {
        RunStore store = new RunStore(options.profile().runsDir(options.out(), entry.name()));
        Map<String, Integer> index = new HashMap<>();
        List<SizeSpec<C>> sizes = refined.sizes();
        for (int i = 0; i < sizes.size(); i++) {
            index.put(sizes.get(i).id(), i);
        }
        try (AutoCloseable lock = store.lock()) {
            next.write(options.out(), entry.name(), options.profile());
            int moved = store.reindex(index);
            System.out.println("Recorded in " + new ResultsLayout(options.out()).refinement(entry.name(),
                    options.profile()) + (moved > 0 ? "; " + moved + " stored runs renumbered to their sizes' new "
                    + "places" : "") + ".");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot release the lock of " + store.dir(), e);
        }
    }
}
