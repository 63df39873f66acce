package emergence.cli;

import emergence.core.data.DataLocator;
import emergence.core.data.DatasetResolver;
import emergence.core.data.Downloader;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.io.AtomicFiles;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.report.ExplorerPage;
import emergence.report.Report;
import emergence.report.Scorer;
import emergence.report.TokenModel;
import emergence.report.TokenModelFigures;
import emergence.training.sweep.Engine;
import emergence.training.sweep.SweepRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the commands that train ({@code train}, {@code reproduce}, {@code demo}) and those that render
 * ({@code figures}) take an experiment through train → score → render, under one set of sweep options.
 */
final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final SweepOptions options;
    private final Duration progressEvery;

    /** @param progressEvery how often a sweep logs its progress when no console shows a progress bar */
    Pipeline(SweepOptions options, Duration progressEvery) {
        this.options = options;
        this.progressEvery = progressEvery;
    }

    SweepOptions options() {
        return options;
    }

    /** The experiment's sweep under these options; refuses an unknown {@code --sizes} id before any data is read. */
    SweepRunner<?> runner(Experiment<?, ?> experiment) {
        return new SweepRunner<>(experiment, options, System.console() != null, progressEvery);
    }

    /** Verifies the experiment's dataset (finding or downloading it) before any training starts. */
    VerifiedDataset verifiedData(Experiment<?, ?> experiment) {
        return verifiedData(experiment, options);
    }

    /** The same, for a command that verifies data without training (analyses). */
    static VerifiedDataset verifiedData(Experiment<?, ?> experiment, SweepOptions options) {
        DatasetResolver resolver = new DatasetResolver(DataLocator.forProcess(options.dataDir()), options.download(),
                new Downloader());
        return resolver.resolve(experiment.dataset());
    }

    /**
     * Trains the sweep's pending runs on the engine, after telling a stop (Ctrl-C, SIGTERM) what is stored so far;
     * returns how many trained.
     */
    int train(Experiment<?, ?> experiment, SweepRunner<?> runner, VerifiedDataset data, Engine engine) {
        Interruption.storedSoFar(() -> experiment.name() + ": " + audit(experiment).describe());
        return runner.run(data, engine);
    }

    /** The experiment's stored runs under these options, checked against its plan. */
    SweepAudit<?> audit(Experiment<?, ?> experiment) {
        return Scorer.audit(experiment, options);
    }

    /**
     * Scores the stored runs into the experiment's tables and renders its figures ({@code partial}: an incomplete
     * sweep too, into its {@code partial/} folder).
     */
    Scorer.Scored<?> render(Experiment<?, ?> experiment, SweepAudit<?> audit, boolean partial) {
        Scorer.Scored<?> scored = Scorer.score(experiment, audit, options, partial);
        List<Path> files = Scorer.figures(scored);
        LOG.info("{}: {} figures in {}", experiment.name(), files.size(), scored.tables().figures());
        return scored;
    }

    /**
     * The §2 model's figures, then the report and the explorer over the given experiments; for the paper profile's
     * committed results, also the README's reference tables.
     */
    void renderModelAndReport(List<Scorer.Scored<?>> experiments) {
        Path out = options.out();
        ResultsLayout layout = new ResultsLayout(out);
        Path dir = layout.section2Figures();
        for (Path written : List.of(out, layout.report(), dir.getParent())) {
            AtomicFiles.removeStale(written);
        }
        List<Path> files = new TokenModelFigures(TokenModel.DEFAULT, TokenModel.FROM, TokenModel.TO, 60).write(dir);
        LOG.info("§2 model: {} figures in {}", files.size(), dir);
        LOG.info("report: {}", new Report(out, experiments).write());
        LOG.info("explorer: {}", new ExplorerPage(out, experiments.stream()
                .<ExplorerPage.Source<?>>map(ExplorerPage.Source::of).toList()).write());
        if (options.profile() == Profile.PAPER && layout.equals(ResultsLayout.COMMITTED)) {
            for (Path document : ReadmeTables.updateDocuments(out)) {
                LOG.info("{}: generated tables rewritten from the tables under {}", document, out);
            }
        }
    }
}
