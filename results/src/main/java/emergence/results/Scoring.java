package emergence.results;

import emergence.common.outputs.RunStore;
import emergence.common.sweep.Experiment;
import emergence.common.sweep.Profile;
import emergence.common.sweep.SweepRunner;
import emergence.common.tables.EmergenceTable;
import emergence.common.tables.IntervalTable;
import emergence.common.tables.LoadedRun;
import emergence.common.tables.Summary;
import java.nio.file.Path;
import java.util.List;

/** Scores an experiment's stored runs into its tables, and renders its figures from them. */
final class Scoring {
    private Scoring() {
    }

    /** Result of scoring: the tables and where they went. */
    record Scored(Summary summary, EmergenceTable emergence, Path dir, int runs, int failed) {
    }

    static boolean hasRuns(Experiment experiment, Path out, Profile profile) {
        return !new RunStore(SweepRunner.runsDir(out, experiment.name(), profile)).list().isEmpty();
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
        return new Scored(summary, emergence, dir, runs.size(), failed);
    }

    static List<Path> figures(Registry.Entry entry, Scored scored) {
        return entry.figures().render(scored.summary(), scored.dir().resolve("figures"));
    }
}
