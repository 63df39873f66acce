package emergence.core.sweep;

import java.nio.file.Path;

/**
 * Every path under a results root, in one place: per experiment its runs of each profile and its tables and
 * figures (in a {@code partial/} folder for a sweep scored before it was complete); across experiments the §2
 * model's figures, the report, the scores of every experiment and the measurement tables (benchmarks, engines, run
 * times).
 *
 * @param root the results root, e.g. {@code results} (the committed reference results) or {@code --out}
 */
public record ResultsLayout(Path root) {
    /** The committed reference results, relative to the project root. */
    public static final ResultsLayout COMMITTED = new ResultsLayout(Path.of("results"));
    /** Where quick-profile results go unless {@code --out} says otherwise: a build folder, never committed. */
    public static final ResultsLayout QUICK = new ResultsLayout(Path.of("target", "quick-results"));
    /** The folder, under an experiment's, of the tables of a sweep scored before it was complete. */
    public static final String PARTIAL = "partial";

    /** An experiment's tables and figures, in one folder. */
    public record Tables(Path dir) {
        public Path summary() {
            return dir.resolve("summary.csv");
        }

        public Path scores() {
            return dir.resolve("emergence_scores.csv");
        }

        public Path intervals() {
            return dir.resolve("intervals.csv");
        }

        /** Every metric at every stored checkpoint ({@code Trajectory}). */
        public Path trajectory() {
            return dir.resolve("trajectory.csv");
        }

        /** The emergence table at every checkpoint ({@code EmergenceOverTraining}). */
        public Path emergenceOverTraining() {
            return dir.resolve("emergence_over_training.csv");
        }

        /** {@code contrast_widths.csv}: the contrasts' transition widths with seed-bootstrap intervals. */
        public Path contrastWidths() {
            return dir.resolve("contrast_widths.csv");
        }

        /** Transition widths over steps beside those over sizes ({@code StepTransitions}). */
        public Path stepTransitions() {
            return dir.resolve("step_transitions.csv");
        }

        public Path resolution() {
            return dir.resolve("resolution.csv");
        }

        public Path figures() {
            return dir.resolve("figures");
        }
    }

    /** The results root a profile writes to by default: the committed results for paper, {@link #QUICK} else. */
    public static ResultsLayout defaultFor(Profile profile) {
        return profile == Profile.PAPER ? COMMITTED : QUICK;
    }

    /** Whether this is a profile's default root, so that a command needs no {@code --out} to find it again. */
    public boolean isDefault() {
        return equals(COMMITTED) || equals(QUICK);
    }

    /** A file under the root as the report links it: relative to the root, with {@code /} separators. */
    public String link(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** {@code root/<experiment>}. */
    public Path experiment(String name) {
        return root.resolve(name);
    }

    /** {@code root/<experiment>/runs-<profile>}: the stored runs. */
    public Path runs(String experiment, Profile profile) {
        return experiment(experiment).resolve("runs-" + profile.id());
    }

    /** {@code root/<experiment>/refinement-<profile>.json}: what bin/lab refine added to the profile there. */
    public Path refinement(String experiment, Profile profile) {
        return experiment(experiment).resolve("refinement-" + profile.id() + ".json");
    }

    /** The tables of a complete sweep: {@code root/<experiment>}. */
    public Tables tables(String experiment) {
        return new Tables(experiment(experiment));
    }

    /** The tables of a sweep scored complete, or in its {@code partial/} folder when it is not. */
    public Tables tables(String experiment, boolean complete) {
        return complete ? tables(experiment) : new Tables(experiment(experiment).resolve(PARTIAL));
    }

    /** The §2 model's figures. */
    public Path section2Figures() {
        return root.resolve("section2").resolve("figures");
    }

    /** The report's folder: {@code index.html}, the explorer and the figures across experiments. */
    public Path report() {
        return root.resolve("report");
    }

    /** The report as a web page. */
    public Path reportPage() {
        return report().resolve("index.html");
    }

    /** The explorer's page; its script, data and chart library lie beside it. */
    public Path explorer() {
        return report().resolve("explorer.html");
    }

    /** The explorer's data: every run's metrics on every knob grid, as a script. */
    public Path explorerData() {
        return report().resolve("explorer-data.js");
    }

    /** The report's figures across experiments. */
    public Path reportFigures() {
        return report().resolve("figures");
    }

    /** The report as Markdown. */
    public Path reportMarkdown() {
        return root.resolve("REPORT.md");
    }

    /** Every experiment's emergence scores in one table. */
    public Path scores() {
        return root.resolve("emergence_scores.csv");
    }

    /** The lab against PyTorch ({@code bin/lab bench}). */
    public Path bench() {
        return root.resolve("bench.csv");
    }

    /** Wall times of the engines. */
    public Path engines() {
        return root.resolve("engines.csv");
    }

    /** Every wall time the documents quote. */
    public Path timings() {
        return root.resolve("timings.csv");
    }
}
