package emergence.cli;

import emergence.core.experiment.Experiment;
import emergence.core.experiment.Experiments;
import emergence.core.sweep.SweepOptions;
import emergence.report.Durations;
import emergence.report.Scorer;
import emergence.training.sweep.Engine;
import emergence.training.sweep.SweepRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bin/lab train EXPERIMENT}: trains what its sweep lacks, then scores it and renders its figures. */
@Command(name = "train", description = "Train an experiment's sweep (resumes; skips stored runs), then "
        + "score it and render its figures.")
final class TrainCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "e.g. lenet-mnist")
    String experiment;

    @Mixin
    SweepOptionsMixin sweep;

    @Mixin
    TrainingPolicies policies;

    @Mixin
    EngineOptions engine;

    @Option(names = "--sizes", split = ",", paramLabel = "ID[,ID…]", description = "Train only these sizes "
            + "(ids as in the run folders, e.g. h1024); the others stay as they are. Default: every size.")
    List<String> sizes;

    @Override
    public Integer call() {
        SweepOptions options = sweep.toOptions().withSizes(sizes == null ? List.of() : Inputs.entries("--sizes",
                        sizes))
                .withPolicies(policies.retryFailed, policies.allowDirty);
        return train(Experiments.get(experiment), options, engine);
    }

    /**
     * Trains what an experiment's sweep lacks on the chosen engine, then, when it is complete, scores it and renders
     * its figures.
     *
     * @return the exit status: 1 when a run failed, else 0
     */
    static int train(Experiment<?, ?> entry, SweepOptions options, EngineOptions engine) {
        String experiment = entry.name();
        Pipeline pipeline = new Pipeline(options, Duration.ofSeconds(30));
        SweepRunner<?> runner = pipeline.runner(entry);
        long start = System.nanoTime();
        int trained = 0;
        // The dataset is verified only when a run must train: a complete store scores without it.
        if (runner.pending().isEmpty()) {
            LOG.info("{} ({} profile): all {} runs stored in {}; nothing to train", experiment,
                    options.profile().id(), runner.jobs().size(), options.profile().runsDir(options.out(),
                            experiment));
        } else {
            var data = pipeline.verifiedData(entry);
            try (Engine on = engine.open(options.threads())) {
                trained = pipeline.train(entry, runner, data, on);
            }
        }
        String took = Durations.format((System.nanoTime() - start) / 1e9);
        var audit = pipeline.audit(entry);
        if (!audit.complete()) {
            LOG.info("trained {} runs in {}; the sweep is not complete yet ({}): its tables and figures are made "
                    + "when it is (bin/lab train {} --profile {}), or now with bin/lab score {} --partial", trained,
                    took, audit.describe(), experiment, options.profile().id(), experiment);
            return 0;
        }
        Scorer.Scored<?> scored = pipeline.render(entry, audit, false);
        LOG.info("trained {} runs in {}; tables in {}; figures in {}", trained, took, scored.dir(),
                scored.tables().figures());
        return scored.failed() > 0 ? 1 : 0;
    }
}
