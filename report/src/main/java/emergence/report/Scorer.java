package emergence.report;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.io.AtomicFiles;
import emergence.core.metrics.MetricKey;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.ContrastWidths;
import emergence.core.tables.EmergenceOverTraining;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.IntervalTable;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.StepTransitions;
import emergence.core.tables.Summary;
import emergence.core.tables.Trajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scores an experiment's stored runs into its tables, and renders its figures from them. */
public final class Scorer {
    private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);

    private Scorer() {
    }

    /** Result of scoring: the tables and where they went. */
    public record Scored<O>(Experiment<?, O> experiment, Summary summary, EmergenceTable emergence,
                            ContrastWidths contrastWidths, List<LoadedRun<O>> loaded, Trajectory trajectory,
                            EmergenceOverTraining overTraining, StepTransitions stepTransitions,
                            ResultsLayout.Tables tables, int runs, int failed) {
        /** Whether its runs stored outputs during training, so that it has a training-time axis. */
        public boolean trainedWithCheckpoints() {
            return trajectory.steps().size() > 1;
        }

        /** The folder the tables and figures went to. */
        public Path dir() {
            return tables.dir();
        }
    }

    /** The experiment's stored runs under the options, checked against its plan. */
    public static <C extends Record> SweepAudit<C> audit(Experiment<C, ?> experiment, SweepOptions options) {
        return SweepAudit.of(experiment.name(), experiment.plan(options.profile(), options.out()), experiment.dataset(),
                options);
    }

    /**
     * Scores the stored runs of a complete sweep into its tables; with {@code partial}, also an incomplete one, into
     * {@code OUT/EXPERIMENT/partial/} so that its tables never pass for the complete sweep's.
     *
     * @throws MissingInputException when nothing is stored, or the sweep is incomplete and {@code partial} is not set
     */
    public static <O> Scored<O> score(Experiment<?, O> experiment, SweepOptions options, boolean partial) {
        return score(experiment, audit(experiment, options), options, partial);
    }

    /** The same, from an audit of the store the caller already made. */
    public static <O> Scored<O> score(Experiment<?, O> experiment, SweepAudit<?> audit, SweepOptions options,
                               boolean partial) {
        Path out = options.out();
        Profile profile = options.profile();
        String train = "bin/lab train " + experiment.name() + " --profile " + profile.id()
                + (new ResultsLayout(out).isDefault() ? "" : " --out " + out);
        if (audit.stored().isEmpty()) {
            throw new MissingInputException("No stored runs of " + experiment.name() + " in " + audit.store().dir()
                    + ". Train first: " + train + ".");
        }
        if (!audit.complete() && !partial) {
            throw new MissingInputException("The " + profile.id() + " sweep of " + experiment.name()
                    + " is incomplete: " + audit.describe() + ". Finish it (" + train + "), or score what is stored "
                    + "with --partial (tables go to " + new ResultsLayout(out).tables(experiment.name(), false).dir()
                    + ").");
        }
        List<LoadedRun<O>> loaded = LoadedRun.load(audit.stored(), experiment.scoring().outputs());
        Summary summary = Summary.score(loaded, experiment.scoring().metrics());
        if (summary.rows().isEmpty()) {
            throw new MissingInputException("Every stored run of " + experiment.name() + " in " + audit.store().dir()
                    + " failed; see their manifest.json for the reason, and train them again with " + train
                    + " --retry-failed.");
        }
        EmergenceTable emergence = EmergenceTable.of(experiment.name(), summary, experiment.scoring().metrics());
        ResultsLayout.Tables tables = new ResultsLayout(out).tables(experiment.name(), audit.complete());
        AtomicFiles.removeStale(tables.dir());
        summary.write(tables.summary());
        emergence.write(tables.scores());
        Scoring<O> scoring = experiment.scoring();
        ContrastWidths widths = ContrastWidths.of(experiment.name(), summary, scoring.contrasts().stream()
                        .map(c -> new ContrastWidths.Pair(c.smooth(), c.sharp())).toList(),
                name -> scoring.metric(name).higherIsBetter());
        widths.write(tables.contrastWidths());
        IntervalTable intervals = IntervalTable.of(loaded, experiment.scoring().metrics());
        if (!intervals.rows().isEmpty()) {
            intervals.write(tables.intervals());
        }
        Trajectory trajectory = Trajectory.score(loaded, experiment.scoring().metrics());
        if (!trajectory.rows().isEmpty()) {
            trajectory.write(tables.trajectory());
        }
        EmergenceOverTraining overTraining = EmergenceOverTraining.of(experiment.name(), trajectory,
                experiment.scoring().metrics(), contrasted(experiment.scoring()));
        StepTransitions stepTransitions = StepTransitions.of(experiment.name(), trajectory,
                experiment.scoring().metrics());
        if (trajectory.steps().size() > 1) {
            overTraining.write(tables.emergenceOverTraining());
            stepTransitions.write(tables.stepTransitions());
        }
        int failed = (int) audit.stored().stream().filter(r -> !r.manifest().ok()).count();
        if (!audit.complete()) {
            LOG.warn("{}: scored a partial sweep ({}) into {}", experiment.name(), audit.describe(), tables.dir());
        }
        return new Scored<>(experiment, summary, emergence, widths, loaded, trajectory, overTraining, stepTransitions, tables,
                audit.stored().size(), failed);
    }

    /**
     * The metrics the report follows over training: each contrast's smooth and sharp metric, and each prediction's
     * measured and predicted metric at the contrasts' sharp arguments.
     */
    static Set<MetricKey> contrasted(Scoring<?> scoring) {
        Set<MetricKey> keys = new LinkedHashSet<>();
        for (Contrast c : scoring.contrasts()) {
            keys.add(c.smooth());
            keys.add(c.sharp());
            for (Prediction p : scoring.predictions()) {
                keys.add(p.measured(c.sharp().arg()));
                keys.add(p.predicted(c.sharp().arg()));
            }
        }
        return keys;
    }

    /** The experiment's figures and its resolution study (figure and {@code resolution.csv}). */
    public static <O> List<Path> figures(Scored<O> scored) {
        Experiment<?, O> experiment = scored.experiment();
        Path dir = scored.tables().figures();
        AtomicFiles.removeStale(scored.dir());
        ResolutionStudy<O> study = experiment.scoring().resolution();
        List<ResolutionStudy.Row> rows = study.rows(scored.loaded());
        List<Path> files = new ArrayList<>();
        // The set is replaced whole: a failure part way (a full disk) leaves the previous figures as they were.
        AtomicFiles.writeFolder(dir, tmp -> {
            files.addAll(experiment.figures().render(scored.summary(), tmp));
            files.add(study.figure(experiment.id().title(), rows, tmp.resolve(ResolutionStudy.FIGURE)));
            if (scored.trainedWithCheckpoints()) {
                files.addAll(TrajectoryFigures.render(experiment, scored.trajectory(), scored.emergence(),
                        scored.overTraining(), tmp));
            }
        });
        study.write(experiment.name(), rows, scored.tables().resolution());
        return files.stream().map(f -> dir.resolve(f.getFileName())).toList();
    }
}
