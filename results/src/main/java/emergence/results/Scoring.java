package emergence.results;

import emergence.common.outputs.RunStore;
import emergence.common.sweep.Experiment;
import emergence.common.sweep.Profile;
import emergence.common.sweep.RunSpec;
import emergence.common.sweep.SweepRunner;
import emergence.common.tables.EmergenceTable;
import emergence.common.tables.IntervalTable;
import emergence.common.tables.LoadedRun;
import emergence.common.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores an experiment's stored runs into its tables, and renders its figures from them. */
final class Scoring {
    private Scoring() {
    }

    /** Result of scoring: the tables and where they went. */
    record Scored(Summary summary, EmergenceTable emergence, List<LoadedRun> loaded, Path dir, int runs,
                  int failed) {
    }

    /** How many of the sweep's jobs are stored (finished or failed) under {@code out}. */
    static long storedRuns(Experiment experiment, Path out, Profile profile, List<RunSpec> jobs) {
        RunStore store = new RunStore(SweepRunner.runsDir(out, experiment.name(), profile));
        return jobs.stream().filter(j -> store.find(j.dirName()).isPresent()).count();
    }

    static Scored score(Experiment experiment, Path out, Profile profile) {
        RunStore store = new RunStore(SweepRunner.runsDir(out, experiment.name(), profile));
        List<RunStore.StoredRun> runs = store.list();
        if (runs.isEmpty()) {
            throw new MissingInputException("No stored runs of " + experiment.name() + " in " + store.dir()
                    + ". Train first: bin/lab train " + experiment.name() + " --profile " + profile.id()
                    + (out.equals(Path.of("results")) || out.equals(Path.of("target", "quick-results")) ? ""
                    : " --out " + out) + ".");
        }
        List<LoadedRun> loaded = LoadedRun.load(runs);
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
        return new Scored(summary, emergence, loaded, dir, runs.size(), failed);
    }

    /** The experiment's figures and its resolution study (figure and {@code resolution.csv}). */
    static List<Path> figures(Registry.Entry entry, Scored scored) {
        Path dir = scored.dir().resolve("figures");
        List<Path> files = new ArrayList<>(entry.figures().render(scored.summary(), dir));
        ResolutionStudy study = entry.resolution();
        List<ResolutionStudy.Row> rows = study.rows(scored.loaded());
        study.write(entry.experiment().name(), rows, scored.dir().resolve("resolution.csv"));
        files.add(study.figure(entry.title(), rows, dir.resolve(ResolutionStudy.FIGURE)));
        return files;
    }
}
