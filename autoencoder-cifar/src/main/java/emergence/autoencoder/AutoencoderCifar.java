package emergence.autoencoder;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Analysed;
import emergence.core.experiment.Analysis;
import emergence.core.experiment.AnalysisTable;
import emergence.core.experiment.BenchCase;
import emergence.core.experiment.Benchmarked;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ReferenceTables;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.FittedReconstruction;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.Reconstruction;
import emergence.core.outputs.OutputKind;
import emergence.core.outputs.ReconstructionOutputs;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.ScoreRow;
import emergence.core.tables.MarkdownTables.SizeColumn;
import emergence.core.tables.MarkdownTables.Table;
import emergence.core.tables.Sampling;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paper's §5 CIFAR-100 experiment: shallow autoencoders of growing width, scored by mean squared error
 * (smooth) and by Reconstruction_c, the share of test images reconstructed better than c (sharp).
 */
public final class AutoencoderCifar implements Experiment<AutoencoderSize, ReconstructionOutputs>,
        Explorable<ReconstructionOutputs>, ReferenceTables, Analysed, Benchmarked {
    public static final String NAME = "autoencoder-cifar";
    /** The paper's §5, second experiment. */
    public static final ExperimentId ID = new ExperimentId(NAME, "Autoencoders on CIFAR-100", 5, 2);
    /**
     * The default threshold, the one the emergence comparison with MSE is stated for: the largest tabulated c
     * at which every width up to 48 (the smaller half of the family) stays at Reconstruction_c ≤ 0.01, measured
     * on the paper sweep (seed means at h=48: 0.0046 at c=0.02, 0.014 at c=0.03; h=1024 reaches 0.75 at 0.02).
     */
    public static final double DEFAULT_C = 0.02;
    /**
     * Thresholds c of the default table, in standardised units² (per-image mean squared error). They span
     * the per-image errors of the family, from what only the widest members reach to what the narrow ones do;
     * 0.003 and 0.004 are the paper's.
     */
    public static final List<Double> THRESHOLDS = List.of(0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04,
            0.05, 0.075, 0.1, 0.15, 0.2, 0.3);

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public Scoring<ReconstructionOutputs> scoring() {
        return new Scoring<>(outputs(), metrics(), resolution(), predictions(), contrasts());
    }

    @Override
    public DatasetSpec dataset() {
        return Cifar100.SPEC;
    }

    @Override
    public FamilyPlan<AutoencoderSize> plan(Profile profile) {
        return AutoencoderFamily.plan(profile);
    }

    @Override
    public Trainer<AutoencoderSize> trainer(VerifiedDataset data, Profile profile) {
        return AutoencoderTrainer.of(data, AutoencoderFamily.budget(profile)).checkpointed();
    }

    private OutputKind<ReconstructionOutputs> outputs() {
        return ReconstructionOutputs.KIND;
    }

    private List<Metric<ReconstructionOutputs>> metrics() {
        return List.of(new MeanSquaredError(), new Reconstruction(THRESHOLDS), new FittedReconstruction(THRESHOLDS));
    }

    /**
     * The explorer moves c over 0.001..0.2 (log steps, and every tabulated threshold): Reconstruction_c of each
     * run's per-image errors, and the fitted log-normal's share below c.
     */
    @Override
    public Explorer<ReconstructionOutputs> explorer() {
        return new Explorer<>("c", "Reconstruction_c (share of images with MSE < c)",
                new Explorer.Range(0.001, 0.2, DEFAULT_C, false, true, false,
                        THRESHOLDS.stream().filter(c -> c <= 0.2).toList()),
                (o, c) -> Reconstruction.of(o.mse(), c),
                (o, c) -> FittedReconstruction.of(FittedReconstruction.fit(o.mse()), c),
                MetricKey.of(MeanSquaredError.NAME), MetricKey.of(MeanSquaredError.NAME), "");
    }

    @Override
    public FigureSet figures() {
        return new AutoencoderFigures();
    }

    private ResolutionStudy<ReconstructionOutputs> resolution() {
        return new ResolutionStudy<>("Reconstruction_c, c=" + Reconstruction.arg(DEFAULT_C), 1,
                o -> Reconstruction.below(o, DEFAULT_C));
    }

    private List<Prediction> predictions() {
        return List.of(new Prediction(Reconstruction.NAME, FittedReconstruction.NAME, "fitted log-normal",
                Prediction.Basis.FITTED_DISTRIBUTION));
    }

    /**
     * The PCA bound of every width ({@link PcaBound}) and the widest members under a longer budget
     * ({@link ConvergenceStudy}).
     */
    @Override
    public List<Analysis> analyses() {
        return List.of(new PcaBound(), new ConvergenceStudy());
    }

    /**
     * Where computed, {@code bound} (each width against its PCA bound) and {@code convergence} (the widest against it
     * under a longer budget).
     */
    @Override
    public Map<String, AnalysisTable> analysisTables(Summary summary, Path dir) {
        Map<String, AnalysisTable> tables = new LinkedHashMap<>();
        Map<Integer, Double> bound = PcaBound.read(dir);
        if (!bound.isEmpty()) {
            Format three = Format.readable();
            List<List<String>> rows = new ArrayList<>();
            for (Curve.Point p : summary.curve(MetricKey.of(MeanSquaredError.NAME)).points()) {
                Double b = bound.get(PcaBound.width(p.size()));
                rows.add(List.of(Integer.toString(PcaBound.width(p.size())), String.format(Locale.ROOT, "%,d",
                        p.params()), three.apply(p.mean()), b == null ? "" : three.apply(b),
                        b == null ? "" : Format.fixed(2).apply(p.mean() / b)));
            }
            tables.put("bound", new AnalysisTable("Each width's seed-mean test MSE against its PCA bound, the test "
                    + "MSE of the best linear reconstruction of rank h (" + PcaBound.FILE + ", bin/lab analyse):",
                    new Table(List.of("h", "parameters", "test MSE (seed mean)", "PCA bound", "MSE / bound"), 1,
                            rows)));
        }
        List<ConvergenceStudy.Epoch> epochs = ConvergenceStudy.read(dir);
        if (!epochs.isEmpty()) {
            Map<Integer, Double> sweep = new LinkedHashMap<>();
            summary.curve(MetricKey.of(MeanSquaredError.NAME)).points().forEach(p -> sweep.put(PcaBound.width(p.size()),
                    p.mean()));
            tables.put("convergence", new AnalysisTable("The widest widths under the longest budget an 8-hour sweep "
                    + "allows (one seed each, test MSE after every epoch in " + ConvergenceStudy.FILE + ") against "
                    + "their bound and the sweep; the last columns continue each width at its last epochs' fall:",
                    ConvergenceStudy.table(epochs, bound, sweep, AutoencoderFamily.PAPER.epochs())));
        }
        return tables;
    }

    private List<Contrast> contrasts() {
        return List.of(new Contrast(MetricKey.of(MeanSquaredError.NAME), Reconstruction.at(DEFAULT_C)));
    }

    /**
     * Widths 1, 64 and 1024 and the whole paper family × 3 seeds, the seeds of one width together in one graph
     * as its sweep trains them; an epoch is 50,000 images.
     */
    @Override
    public List<BenchCase> benchCases(int examples, int warmup) {
        return AutoencoderBench.cases(examples, warmup);
    }

    /** {@code reference}: MSE with its seeds and Reconstruction_c per width; {@code scores}: emergence scores. */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Format three = Format.readable();
        String reference = MarkdownTables.bySize(summary, "h", id -> id.replaceFirst("^h0*", ""), List.of(
                new SizeColumn("test MSE (seeds)", MetricKey.of(MeanSquaredError.NAME), three, true),
                SizeColumn.mean("Reconstruction_0.003 (paper)", Reconstruction.at(0.003), three),
                SizeColumn.mean("Reconstruction_0.004 (paper)", Reconstruction.at(0.004), three),
                SizeColumn.mean("Reconstruction_0.01", Reconstruction.at(0.01), three),
                SizeColumn.mean("**Reconstruction_0.02**", Reconstruction.at(0.02), three),
                SizeColumn.mean("Reconstruction_0.03", Reconstruction.at(0.03), three)));
        Map<Sampling, String> samplings = new LinkedHashMap<>();
        samplings.put(Sampling.DENSE, "dense (" + summary.curve(MetricKey.of(MeanSquaredError.NAME)).points().size()
                + " widths)");
        samplings.put(Sampling.EVERY2, "every 2nd");
        samplings.put(Sampling.EVERY3, "every 3rd");
        samplings.put(Sampling.SPARSE, "sparse (4 widths)");
        String table = MarkdownTables.scores(scores, List.of(ScoreRow.of("−MSE", MetricKey.of(MeanSquaredError.NAME)),
                ScoreRow.of("Reconstruction_0.03", Reconstruction.at(0.03)),
                new ScoreRow("Reconstruction_0.02", Reconstruction.at(0.02), true),
                ScoreRow.of("Reconstruction_0.01", Reconstruction.at(0.01))), samplings);
        return Map.of("reference", reference, "scores", table);
    }
}
