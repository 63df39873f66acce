package emergence.cli;

import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepOptions;
import emergence.report.Durations;
import emergence.report.Scorer;
import emergence.training.sweep.Engine;
import emergence.training.sweep.SweepRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bin/lab reproduce}: the whole study, experiment by experiment, then the §2 model and the report. */
@Command(name = "reproduce", description = "The whole study: train every experiment (resumes; skips stored "
        + "runs), score it, render every figure, the §2 model and the report.")
final class ReproduceCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReproduceCommand.class);

    @Mixin
    SweepOptionsMixin sweep;

    @Mixin
    TrainingPolicies policies;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        SweepOptions options = sweep.toOptions().withPolicies(policies.retryFailed, policies.allowDirty);
        Pipeline pipeline = new Pipeline(options, Duration.ofSeconds(30));
        // Every dataset a run must train on first: a missing one is refused before hours of training, not after.
        // An experiment whose runs are all stored needs none (a fresh clone reproduces the paper from its outputs).
        List<Experiment<?, ?>> all = Experiments.all();
        Map<String, VerifiedDataset> data = new LinkedHashMap<>();
        for (Experiment<?, ?> entry : all) {
            if (!pipeline.runner(entry).pending().isEmpty()) {
                data.put(entry.name(), pipeline.verifiedData(entry));
            }
        }
        long begin = System.nanoTime();
        List<Scorer.Scored<?>> sections = new ArrayList<>();
        try (Engine on = engine.open(options.threads())) {
            for (Experiment<?, ?> entry : all) {
                sections.add(reproduce(pipeline, entry, data.get(entry.name()), on));
            }
        }
        pipeline.renderModelAndReport(sections);
        LOG.info("reproduce ({} profile) finished in {}", options.profile().id(),
                Durations.format((System.nanoTime() - begin) / 1e9));
        return sections.stream().anyMatch(s -> s.failed() > 0) ? 1 : 0;
    }

    /** Trains (when {@code data} is given: some run is pending), scores and renders one experiment. */
    private static Scorer.Scored<?> reproduce(Pipeline pipeline, Experiment<?, ?> entry, VerifiedDataset data,
                                              Engine engine) {
        String name = entry.name();
        SweepRunner<?> runner = pipeline.runner(entry);
        RunTimeEstimate estimate = RunTimeEstimate.of(entry, pipeline.options(), ResultsLayout.COMMITTED.root());
        LOG.info("{}: {}", name, estimate.describe(estimate.pending() == 0 ? 1 : engine.slots()));
        long start = System.nanoTime();
        int trained = data != null ? pipeline.train(entry, runner, data, engine) : 0;
        Scorer.Scored<?> scored = pipeline.render(entry, pipeline.audit(entry), false);
        LOG.info("{}: trained {} runs, scored and rendered in {} (actual)", name, trained,
                Durations.format((System.nanoTime() - start) / 1e9));
        return scored;
    }
}
