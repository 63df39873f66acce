package emergence.core.experiment;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Metric;
import emergence.core.outputs.OutputKind;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One experiment of the lab, everything about it in one entry: its dataset, its model family per profile, its
 * trainer, the kind of outputs it stores and the metrics that score them, its figures, the predictions of its
 * sharp metrics from smooth ones, its test-set resolution study and its benchmark cases. An experiment module
 * implements this once and lists the class in {@code META-INF/services/emergence.core.experiment.Experiment};
 * the lab finds it at run time ({@link Experiments}). Nothing but {@link #trainer} and {@link #benchCases} may
 * touch a native library, so that scoring, figures and the report run without one.
 *
 * @param <C> the family's size record (stored whole in each run's manifest)
 * @param <O> the typed outputs its metrics read
 */
public interface Experiment<C extends Record, O> {
    /** Name used on the command line and in result paths, e.g. {@code lenet-mnist}. */
    String name();

    /** The experiment in words, for figure titles and the report, e.g. "LeNet on MNIST". */
    String title();

    /**
     * Where the experiment stands in the report and in {@code reproduce}: the paper's section and figure, e.g.
     * 5.1 for §5's first experiment; ties are ordered by name.
     */
    double order();

    /** The dataset this experiment trains and tests on. */
    DatasetSpec dataset();

    /** Sizes, seeds and budget of a profile. */
    FamilyPlan<C> plan(Profile profile);

    /** Loads the verified data once and returns a trainer for the profile's budget. */
    Trainer<C> trainer(VerifiedDataset data, Profile profile);

    /** How a run's stored outputs are read. */
    OutputKind<O> outputs();

    /** The metrics of this experiment, each a pure function of stored outputs. */
    List<Metric<O>> metrics();

    /** The experiment's figures, rendered from its summary, with their captions. */
    FigureSet figures();

    /** How few test examples limit its sharp metric. */
    ResolutionStudy<O> resolution();

    /** Its sharp metrics beside their predictions from smooth ones; the report tabulates the residuals. */
    default List<Prediction> predictions() {
        return List.of();
    }

    /** Its headline smooth and sharp metrics, whose sharpness the report compares; none by default. */
    default List<Contrast> contrasts() {
        return List.of();
    }

    /**
     * Whether {@code bin/lab demo} trains this experiment's quick family live, for a lecture: only an experiment
     * whose quick sweep takes about a minute and needs no dataset download; no by default.
     */
    default boolean demo() {
        return false;
    }

    /** How the teaching explorer lets a reader move its sharp metric's knob; none by default. */
    default java.util.Optional<Explorer<O>> explorer() {
        return java.util.Optional.empty();
    }

    /** Tables it derives from its dataset outside its sweep ({@code bin/lab analyse}); none by default. */
    default List<Analysis> analyses() {
        return List.of();
    }

    /**
     * Tables of its reference results that documents quote (the README), block id → Markdown, built from its
     * committed tables (see {@link emergence.core.tables.MarkdownTables}); none by default.
     */
    default Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        return Map.of();
    }

    /**
     * Tables that set its reference results against its {@link #analyses}, block id → table, from {@code dir} (its
     * results folder) where the analyses were computed; the README quotes them beside {@link #referenceTables}, the
     * report prints them in the experiment's section. None by default.
     */
    default Map<String, AnalysisTable> analysisTables(Summary summary, Path dir) {
        return Map.of();
    }

    /**
     * The lab's training path against a PyTorch script, timed by {@code bin/lab bench}; none by default.
     *
     * @param examples examples timed per model (scaled to an epoch)
     * @param warmup   untimed steps before each timing
     */
    default List<BenchCase> benchCases(int examples, int warmup) {
        return List.of();
    }
}
