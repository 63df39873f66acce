package emergence.arithmetic;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.Refinable;
import emergence.core.experiment.ReferenceTables;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Brier;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.outputs.OutputKind;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.ScoreRow;
import emergence.core.tables.MarkdownTables.SizeColumn;
import emergence.core.tables.Sampling;
import emergence.core.tables.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The paper's §3 in the lab: a family of small causal transformers trained on integer addition, scored per answer
 * length L by exact string match of the greedy answer (sharp) and by token edit distance, per-token accuracy,
 * cross-entropy and Brier score (smooth), on the same stored outputs, with exact match predicted as acc^L from
 * per-token accuracy and from the §2 model fitted to the family's per-token cross-entropy.
 */
public final class ArithmeticTransformer implements Experiment<ArithmeticSize, ArithmeticOutputs>,
        Explorable<ArithmeticOutputs>, ReferenceTables, Refinable<ArithmeticSize> {
    public static final String NAME = "arithmetic-transformer";
    /** The paper's §3 (arithmetic), after §2's model. */
    public static final ExperimentId ID = new ExperimentId(NAME, "Causal transformer on integer addition", 3, 1);
    /** Answer lengths L = 1..5. */
    public static final List<Integer> LENGTHS = IntStream.rangeClosed(1, Problem.DIGITS).boxed().toList();
    /** The longest answer length, where exact match is sharpest. */
    public static final int LONGEST = Problem.DIGITS;
    /** The problems are drawn from seeds: no files. */
    static final DatasetSpec SPEC = DatasetSpec.generated("arithmetic");

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public Scoring<ArithmeticOutputs> scoring() {
        return new Scoring<>(outputs(), metrics(), resolution(), predictions(), contrasts());
    }

    @Override
    public DatasetSpec dataset() {
        return SPEC;
    }

    @Override
    public FamilyPlan<ArithmeticSize> plan(Profile profile) {
        return ArithmeticFamily.plan(profile);
    }

    @Override
    public Trainer<ArithmeticSize> trainer(VerifiedDataset data, Profile profile) {
        ProblemSets problems = ArithmeticFamily.problems(profile);
        return new ArithmeticTrainer(problems, ArithmeticFamily.protocol(profile).budget())
                .checkpointed(problems.probe(ArithmeticFamily.PROBE_PER_LENGTH));
    }

    @Override
    public List<ArithmeticSize> between(ArithmeticSize lower, ArithmeticSize upper) {
        return ArithmeticFamily.between(lower, upper);
    }

    @Override
    public SizeSpec<ArithmeticSize> spec(ArithmeticSize size, Profile profile) {
        return ArithmeticFamily.spec(size);
    }

    @Override
    public Class<ArithmeticSize> sizeType() {
        return ArithmeticSize.class;
    }

    @Override
    public String knob() {
        return "d_model in steps of 1 at the depth of the sizes around it, with the smaller one's heads where they "
                + "divide the width, else one head";
    }

    private OutputKind<ArithmeticOutputs> outputs() {
        return ArithmeticOutputs.KIND;
    }

    private List<Metric<ArithmeticOutputs>> metrics() {
        return List.of(new ExactMatch(), new TokenEditDistance(), new PerLength(new Accuracy()),
                new PerLength(new CrossEntropy()), new PerLength(new Brier()), new ExpectedExactMatch());
    }

    /** The explorer moves L over 1..5: exact match of the answers of that length, and acc^L. */
    @Override
    public Explorer<ArithmeticOutputs> explorer() {
        return new Explorer<>("L", "exact match of answers of length L",
                Explorer.Range.integers(1, LONGEST, LONGEST, true), (o, l) -> valueAt(new ExactMatch(), o, l),
                (o, l) -> valueAt(new ExpectedExactMatch(), o, l), MetricKey.of(Accuracy.NAME),
                MetricKey.of(CrossEntropy.NAME),
                "Addition (§3): L = 1 rises first and L = " + LONGEST + " last on the same models.");
    }

    private static double valueAt(Metric<ArithmeticOutputs> metric, ArithmeticOutputs o, double l) {
        String arg = Integer.toString((int) l);
        return metric.evaluate(o).stream().filter(v -> v.arg().equals(arg)).findFirst().orElseThrow().value();
    }

    @Override
    public FigureSet figures() {
        return new ArithmeticFigures();
    }

    /** Exact match of the longest answers: a trial is one problem of length {@value #LONGEST}, its digits its rows. */
    private ResolutionStudy<ArithmeticOutputs> resolution() {
        return new ResolutionStudy<>("exact match at L = " + LONGEST, LONGEST, o -> {
            int[] rows = o.problemsOfLength(LONGEST);
            boolean[] right = new boolean[rows.length];
            for (int i = 0; i < rows.length; i++) {
                right[i] = o.exactMatch(rows[i]);
            }
            return right;
        });
    }

    private List<Prediction> predictions() {
        return List.of(new Prediction(ExactMatch.NAME, ExpectedExactMatch.NAME, "acc^L",
                Prediction.Basis.INDEPENDENT_ITEMS));
    }

    private List<Contrast> contrasts() {
        return List.of(new Contrast(MetricKey.of(TokenEditDistance.NAME, LONGEST),
                MetricKey.of(ExactMatch.NAME, LONGEST)));
    }

    /**
     * {@code reference}: seed means per size at the longest L; {@code scores}: emergence scores under every
     * sampling; {@code section2}: the §2 model fitted to per-token cross-entropy and its exact match vs measured.
     */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Format three = Format.fixed(3);
        String reference = MarkdownTables.bySize(summary, "size", id -> id, List.of(
                SizeColumn.mean("per-token accuracy", MetricKey.of(Accuracy.NAME), three),
                SizeColumn.mean("cross-entropy", MetricKey.of(CrossEntropy.NAME), three),
                SizeColumn.mean("edit distance L=" + LONGEST, MetricKey.of(TokenEditDistance.NAME, LONGEST), three),
                SizeColumn.mean("exact match L=1", MetricKey.of(ExactMatch.NAME, 1), three),
                SizeColumn.mean("exact match L=3", MetricKey.of(ExactMatch.NAME, 3), three),
                SizeColumn.mean("exact match L=" + LONGEST, MetricKey.of(ExactMatch.NAME, LONGEST), three),
                SizeColumn.mean("acc⁵ at L=" + LONGEST, MetricKey.of(ExpectedExactMatch.NAME, LONGEST), three)));
        Map<Sampling, String> samplings = new LinkedHashMap<>();
        samplings.put(Sampling.DENSE, "dense (" + summary.curve(MetricKey.of(Accuracy.NAME)).points().size()
                + " sizes)");
        samplings.put(Sampling.EVERY2, "every 2nd");
        samplings.put(Sampling.EVERY3, "every 3rd");
        samplings.put(Sampling.SPARSE, "4 sizes");
        String table = MarkdownTables.scores(scores, List.of(
                ScoreRow.of("per-token accuracy", MetricKey.of(Accuracy.NAME)),
                ScoreRow.of("cross-entropy", MetricKey.of(CrossEntropy.NAME)),
                ScoreRow.of("edit distance L=" + LONGEST, MetricKey.of(TokenEditDistance.NAME, LONGEST)),
                ScoreRow.of("exact match L=3", MetricKey.of(ExactMatch.NAME, 3)),
                new ScoreRow("exact match L=" + LONGEST, MetricKey.of(ExactMatch.NAME, LONGEST), true)), samplings);
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("reference", reference);
        tables.put("scores", table);
        tables.put("section2", TokenModelFit.of(summary).residualTable(summary));
        return tables;
    }
}
