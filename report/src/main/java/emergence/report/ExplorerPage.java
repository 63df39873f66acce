package emergence.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Scoring;
import emergence.core.io.AtomicFiles;
import emergence.core.metrics.Intervals;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.RunManifest;
import emergence.core.sweep.Profile;
import emergence.core.sweep.ResultsLayout;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * The teaching explorer, {@code report/explorer.html}: a static page (opens from disk, no network) where a reader
 * moves each experiment's sharp-metric knob, the size sampling, the seeds, the axes and the overlays, and sees the
 * curve, the BIG-bench emergence score and the transition width recomputed; and the §2 model with sliders. Its data,
 * {@code explorer-data.js}, holds per run the sharp metric and its prediction at every value of the knob's grid,
 * computed here by the experiment's {@link Explorer} from the stored outputs, and the run's smooth metric and loss
 * (at each stored checkpoint too), and t(0.975, n − 1) for the intervals over seeds; the page averages, samples,
 * scores and draws, and computes no metric itself. The chart library (uPlot) is copied from its WebJar with its
 * licence into {@code report/vendor/}.
 */
public final class ExplorerPage {
    private static final String RESOURCES = "emergence/report/explorer/";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHECKPOINT_DIGITS = 6;
    private static final MathContext CHECKPOINT_PRECISION = new MathContext(CHECKPOINT_DIGITS, RoundingMode.HALF_EVEN);

    private static final String SECTION2_STEP = "in the §2 model below, make p^L sharp or gentle with c and α (the "
            + "Kaplan preset shows why the paper's constants hide it).";

    /**
     * What to try on a page showing these explorers, in order: printed by {@code bin/lab demo} and listed on the
     * page; it names only the knobs the page has, and ends with each experiment's own hint.
     */
    public static List<String> walkthrough(List<? extends Explorer<?>> explorers) {
        Set<String> gentle = new LinkedHashSet<>();
        Set<String> harsh = new LinkedHashSet<>();
        boolean counts = false;
        for (Explorer<?> e : explorers) {
            Explorer.Range r = e.range();
            gentle.add(e.knob() + " = " + number(r.gentlest()));
            harsh.add(e.knob() + (r.sharperUp() ? " up to " : " down to ") + number(r.harshest()));
            counts |= r.integer() && r.gentlest() == 1;
        }
        List<String> steps = new ArrayList<>();
        if (!explorers.isEmpty()) {
            steps.add("Set the knob to its gentlest value (" + String.join(" or ", gentle)
                    + (counts ? "; at 1, one item per trial: the sharp metric is plain accuracy" : "")
                    + "). Then move it the other way (" + String.join("; ", harsh) + "): the same models now sit at "
                    + "zero and then suddenly succeed, and the emergence score climbs while nothing about the models "
                    + "moved.");
            steps.add("Switch the sizes to every 3rd, or click four sizes: the rise looks like a jump, because nothing "
                    + "in between shows the slope.");
            steps.add("Turn on log y: the zero region is small values, not nothing, and the prediction from the smooth "
                    + "metric (dashed) already follows them.");
            steps.add("Switch x to the held-out loss of the same runs: against the loss the sharp metric is a smooth "
                    + "function; the emergence is in how loss maps to the metric, not in the sizes.");
        }
        List<String> hints = explorers.stream().map(Explorer::hint).filter(h -> !h.isEmpty()).distinct().toList();
        steps.add(hints.isEmpty() ? "Finally, " + SECTION2_STEP
                : String.join(" ", hints) + " Then, " + SECTION2_STEP);
        return List.copyOf(steps);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The walkthrough of this page. */
    public List<String> walkthrough() {
        return walkthrough(sources.stream().flatMap(s -> Explorable.of(s.experiment()).stream()).toList());
    }

    /** One experiment's stored runs, read, and their summary. */
    public record Source<O>(Experiment<?, O> experiment, Summary summary, List<LoadedRun<O>> runs) {
        public static <O> Source<O> of(Scorer.Scored<O> scored) {
            return new Source<>(scored.experiment(), scored.summary(), scored.loaded());
        }

        /** The complete stored sweep of a profile under {@code root}, read without writing anything; empty if none. */
        public static <C extends Record, O> Optional<Source<?>> stored(Experiment<C, O> e, Path root, Profile profile) {
            SweepAudit<C> audit = SweepAudit.of(e.name(), e.plan(profile, root), e.dataset(), new SweepOptions(profile,
                    Optional.empty(), SweepOptions.DEFAULT_ROOT_SEED, 2, root, Optional.empty(), false));
            if (!audit.complete()) {
                return Optional.empty();
            }
            List<LoadedRun<O>> runs = LoadedRun.load(audit.stored(), e.scoring().outputs());
            return Optional.of(new Source<>(e, Summary.score(runs, e.scoring().metrics()), runs));
        }
    }

    /** JSON shapes, written in component order (the data file is byte-identical from run to run). */
    private record Constants(double c, double alpha) {
    }

    private record Size(String id, long params) {
    }

    private record Step(long step, long examples) {
    }

    /** A run at a checkpoint before its last: the smooth metric, the loss, and the sharp metric and its prediction. */
    private record Earlier(double smooth, double loss, List<Double> sharp, List<Double> predicted) {
    }

    private final ResultsLayout layout;
    private final List<Source<?>> sources;

    public ExplorerPage(Path root, List<Source<?>> sources) {
        this.layout = new ResultsLayout(root);
        this.sources = List.copyOf(sources);
    }

    /** Writes the page, its script, its data and the vendored library; returns the page's path. */
    public Path write() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("section2", section2());
        data.put("walkthrough", walkthrough());
        List<Map<String, Object>> experiments = new ArrayList<>();
        for (Source<?> s : sources) {
            experiment(s).ifPresent(experiments::add);
        }
        data.put("experiments", experiments);
        try {
            AtomicFiles.writeString(layout.explorerData(), "window.EXPLORER_DATA = "
                    + JSON.writeValueAsString(data) + ";\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + layout.explorerData(), e);
        }
        copy(RESOURCES + "explorer.html", layout.explorer());
        copy(RESOURCES + "explorer.js", layout.report().resolve("explorer.js"));
        copy(UPLOT + "dist/uPlot.iife.min.js", layout.report().resolve("vendor/uPlot.iife.min.js"));
        copy(UPLOT + "dist/uPlot.min.css", layout.report().resolve("vendor/uPlot.min.css"));
        copy(UPLOT + "LICENSE", layout.report().resolve("vendor/uPlot.LICENSE.txt"));
        return layout.explorer();
    }

    private static Map<String, Object> section2() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("c", TokenModel.DEFAULT.c());
        m.put("alpha", TokenModel.DEFAULT.alpha());
        m.put("from", TokenModel.FROM);
        m.put("to", TokenModel.TO);
        m.put("kaplan", new Constants(TokenModel.KAPLAN.c(), TokenModel.KAPLAN.alpha()));
        return m;
    }

    private static <O> Optional<Map<String, Object>> experiment(Source<O> scored) {
        Optional<Explorer<O>> spec = Explorable.of(scored.experiment());
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        Explorer<O> e = spec.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", scored.experiment().name());
        m.put("title", scored.experiment().id().title());
        m.put("knob", e.knob());
        m.put("sharp", e.sharp());
        Explorer.Range range = e.range();
        List<Double> grid = range.grid();
        Map<String, Object> knob = new LinkedHashMap<>();
        knob.put("min", range.min());
        knob.put("max", range.max());
        knob.put("initial", range.initial());
        knob.put("log", range.log());
        m.put("range", knob);
        m.put("grid", grid);
        m.put("smooth", e.smooth().label());
        m.put("smoothHigherIsBetter", scored.experiment().scoring().metric(e.smooth().metric()).higherIsBetter());
        m.put("loss", e.loss().label());
        List<LoadedRun<O>> runs = scored.runs().stream()
                .sorted(Comparator.comparingInt((LoadedRun<O> r) -> r.manifest().identity().sizeIndex())
                        .thenComparingInt(r -> r.manifest().identity().replicate())).toList();
        List<RunManifest.Checkpoint> shared = sharedCheckpoints(runs);
        m.put("checkpoints", shared.stream().map(c -> new Step(c.step(), c.examples())).toList());
        List<Size> sizes = new ArrayList<>();
        List<Map<String, Object>> values = new ArrayList<>();
        for (LoadedRun<O> r : runs) {
            String size = r.manifest().identity().sizeId();
            if (sizes.isEmpty() || !sizes.get(sizes.size() - 1).id().equals(size)) {
                sizes.add(new Size(size, r.manifest().identity().params()));
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("size", sizes.size() - 1);
            run.put("seed", r.manifest().identity().replicate());
            run.put("smooth", seedValue(scored.summary(), e.smooth(), size, r.manifest().identity().replicate()));
            run.put("loss", seedValue(scored.summary(), e.loss(), size, r.manifest().identity().replicate()));
            run.put("sharp", onGrid(grid, k -> e.value().applyAsDouble(r.outputs(), k), false));
            run.put("predicted", onGrid(grid, k -> e.predicted().applyAsDouble(r.outputs(), k), false));
            if (!shared.isEmpty()) {
                List<RunManifest.Checkpoint> own = r.manifest().outcome().checkpoints();
                run.put("flops", own.stream().map(RunManifest.Checkpoint::trainingFlops).toList());
                run.put("earlier", own.subList(0, own.size() - 1).stream()
                        .map(c -> earlier(scored.experiment().scoring(), e, grid, r.outputs(c))).toList());
            }
            values.add(run);
        }
        m.put("sizes", sizes);
        m.put("runs", values);
        int seeds = (int) runs.stream().map(r -> r.manifest().identity().replicate()).distinct().count();
        m.put("t975", IntStream.rangeClosed(0, seeds).mapToObj(n -> n < 2 ? null : Intervals.t975(n))
                .toList());
        return Optional.of(m);
    }

    /**
     * The checkpoints at which every run stored its outputs, when all share the same steps and there is more than
     * the last; else none (the page then offers the end of training only).
     */
    private static List<RunManifest.Checkpoint> sharedCheckpoints(List<? extends LoadedRun<?>> runs) {
        List<Long> steps = runs.get(0).manifest().outcome().checkpoints().stream().map(RunManifest.Checkpoint::step)
                .toList();
        boolean same = runs.stream().allMatch(r -> r.manifest().outcome().checkpoints().stream()
                .map(RunManifest.Checkpoint::step).toList().equals(steps));
        return same && steps.size() > 1 ? runs.get(0).manifest().outcome().checkpoints() : List.of();
    }

    /** A run's values at a checkpoint before its last, to {@value #CHECKPOINT_DIGITS} significant digits. */
    private static <O> Earlier earlier(Scoring<O> scoring, Explorer<O> e, List<Double> grid, O outputs) {
        return new Earlier(checkpointDigits(scoring.value(e.smooth(), outputs)),
                checkpointDigits(scoring.value(e.loss(), outputs)),
                onGrid(grid, k -> e.value().applyAsDouble(outputs, k), true),
                onGrid(grid, k -> e.predicted().applyAsDouble(outputs, k), true));
    }

    /**
     * A value at a checkpoint before the last as the page holds it: {@value #CHECKPOINT_DIGITS} significant digits,
     * since those checkpoints' outputs are stored with 4 (the final outputs, and their values, in full).
     */
    public static double checkpointDigits(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(CHECKPOINT_PRECISION).doubleValue() : v;
    }

    /** A run's value of a metric in the summary. */
    static double seedValue(Summary summary, MetricKey metric, String size, int seed) {
        return summary.rows().stream().filter(r -> r.size().equals(size) && r.seed() == seed
                        && r.key().equals(metric)).mapToDouble(SummaryRow::value)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + metric + " for " + size + " seed "
                        + seed));
    }

    /**
     * A function at every grid value (rounded as {@link #checkpointDigits} if {@code rounded}); null where it is not a
     * finite number (JSON has no NaN).
     */
    private static List<Double> onGrid(List<Double> grid, DoubleUnaryOperator f, boolean rounded) {
        List<Double> values = new ArrayList<>(grid.size());
        for (double k : grid) {
            double v = f.applyAsDouble(k);
            values.add(Double.isFinite(v) ? (rounded ? checkpointDigits(v) : v) : null);
        }
        return values;
    }

    private static void copy(String resource, Path to) {
        try (InputStream in = ExplorerPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the lab's class path");
            }
            byte[] bytes = in.readAllBytes();
            AtomicFiles.write(to, tmp -> Files.write(tmp, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + to, e);
        }
    }
}
