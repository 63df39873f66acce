package emergence.results;

import emergence.core.experiment.Experiment;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.outputs.RunStore;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.IntervalTable;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores an experiment's stored runs into its tables, and renders its figures from them. */
final class Scoring {
    private Scoring() {
    }

    /** Result of scoring: the tables and where they went. */
    record Scored<O>(Experiment<?, O> experiment, Summary summary, EmergenceTable emergence, List<LoadedRun<O>> loaded,
                     Path dir, int runs, int failed) {
    }

    /** How many of the sweep's jobs are stored (finished or failed) under the options' results root. */
    static <C extends Record> long storedRuns(Experiment<C, ?> experiment, SweepOptions options) {
        RunStore store = new RunStore(options.profile().runsDir(options.out(), experiment.name()));
        return options.jobs(experiment.name(), experiment.plan(options.profile())).stream()
                .filter(j -> store.find(j.dirName()).isPresent()).count();
    }

    static <O> Scored<O> score(Experiment<?, O> experiment, Path out, Profile profile) {
        RunStore store = new RunStore(profile.runsDir(out, experiment.name()));
        List<RunStore.StoredRun> runs = store.list();
        if (runs.isEmpty()) {
            throw new MissingInputException("No stored runs of " + experiment.name() + " in " + store.dir()
                    + ". Train first: bin/lab train " + experiment.name() + " --profile " + profile.id()
                    + (out.equals(SweepOptionsMixin.PAPER_OUT) || out.equals(SweepOptionsMixin.QUICK_OUT) ? ""
                    : " --out " + out) + ".");
        }
        List<LoadedRun<O>> loaded = LoadedRun.load(runs, experiment.outputs());
        Summary summary = Summary.score(loaded, experiment.metrics());
        if (summary.rows().isEmpty()) {
            throw new MissingInputException("Every stored run of " + experiment.name() + " in " + store.dir()
                    + " failed; see their manifest.json for the reason.");
        }
        EmergenceTable emergence = EmergenceTable.of(experiment.name(), summary, experiment.metrics());
        Path dir = out.resolve(experiment.name());
        summary.write(dir.resolve("summary.csv"));
        emergence.write(dir.resolve("emergence_scores.csv"));
        IntervalTable intervals = IntervalTable.of(loaded, experiment.metrics());
        if (!intervals.rows().isEmpty()) {
            intervals.write(dir.resolve("intervals.csv"));
        }
        int failed = (int) runs.stream().filter(r -> !r.manifest().ok()).count();
        return new Scored<>(experiment, summary, emergence, loaded, dir, runs.size(), failed);
    }

    /** The experiment's figures and its resolution study (figure and {@code resolution.csv}). */
    static <O> List<Path> figures(Scored<O> scored) {
        Experiment<?, O> experiment = scored.experiment();
        Path dir = scored.dir().resolve("figures");
        List<Path> files = new ArrayList<>(experiment.figures().render(scored.summary(), dir));
        ResolutionStudy<O> study = experiment.resolution();
        List<ResolutionStudy.Row> rows = study.rows(scored.loaded());
        study.write(experiment.name(), rows, scored.dir().resolve("resolution.csv"));
        files.add(study.figure(experiment.title(), rows, dir.resolve(ResolutionStudy.FIGURE)));
        return files;
    }
}
