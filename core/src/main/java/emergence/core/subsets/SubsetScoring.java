package emergence.core.subsets;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.Brier;
import emergence.core.metrics.ConsecutiveSubsetAccuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedErrors;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.sweep.Seeds;
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
 * How a classification family is scored when its sharp metric is K-of-K subset accuracy (§5's construction):
 * accuracy, cross-entropy and Brier score; subset accuracy on K-subsets of a fixed permutation of the test set and
 * of consecutive test items, K = 1..10, predicted as acc^K; expected errors among K; the resolution study at
 * K = {@value #RESOLUTION_K}; the explorer's K over 1..{@value #EXPLORER_MAX_K}; the README's tables. Shared by every
 * experiment of that shape, whatever its network or data.
 *
 * @param permutationSeed seed of the fixed test-set permutation the measured subset accuracy cuts into K-subsets
 */
public record SubsetScoring(long permutationSeed) {
    /** K = 1..10 for the subset metrics. */
    public static final List<Integer> KS = IntStream.rangeClosed(1, 10).boxed().toList();
    /** The K of the resolution study and of the headline contrast. */
    public static final int RESOLUTION_K = 5;
    /** The largest K the explorer offers. */
    public static final int EXPLORER_MAX_K = 50;

    /** Metrics, resolution study, predictions and the contrast, on class probabilities. */
    public Scoring<ClassificationOutputs> scoring() {
        return new Scoring<>(ClassificationOutputs.KIND, metrics(), resolution(), predictions(), contrasts());
    }

    private List<Metric<ClassificationOutputs>> metrics() {
        return List.of(new Accuracy(), new CrossEntropy(), new Brier(), new SubsetAccuracy(KS, permutationSeed),
                new ConsecutiveSubsetAccuracy(KS), new ExpectedSubsetAccuracy(KS), new ExpectedErrors(KS));
    }

    /** The explorer moves K over 1..{@value #EXPLORER_MAX_K}: subset accuracy on the fixed permutation, and acc^K. */
    public Explorer<ClassificationOutputs> explorer() {
        return new Explorer<>("K", "K-of-K subset accuracy",
                Explorer.Range.integers(1, EXPLORER_MAX_K, RESOLUTION_K, true),
                (o, k) -> SubsetAccuracy.of(o.correct(), Seeds.permutation(o.size(), permutationSeed), k.intValue()),
                (o, k) -> new ExpectedSubsetAccuracy(List.of(k.intValue())).evaluate(o).get(0).value(),
                MetricKey.of(Accuracy.NAME), MetricKey.of(CrossEntropy.NAME), "");
    }

    private ResolutionStudy<ClassificationOutputs> resolution() {
        SubsetAccuracy subsets = new SubsetAccuracy(List.of(RESOLUTION_K), permutationSeed);
        return new ResolutionStudy<>(RESOLUTION_K + "-of-" + RESOLUTION_K + " subset accuracy", RESOLUTION_K,
                o -> subsets.subsetsAllRight(o, RESOLUTION_K));
    }

    private static List<Prediction> predictions() {
        return List.of(new Prediction(SubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
                        Prediction.Basis.INDEPENDENT_ITEMS),
                new Prediction(ConsecutiveSubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
                        Prediction.Basis.INDEPENDENT_ITEMS));
    }

    /** Accuracy against {@value #RESOLUTION_K}-of-{@value #RESOLUTION_K} subset accuracy. */
    public static List<Contrast> contrasts() {
        return List.of(new Contrast(MetricKey.of(Accuracy.NAME), MetricKey.of(SubsetAccuracy.NAME, RESOLUTION_K)));
    }

    /** {@code reference}: seed means per size; {@code scores}: emergence scores, every size and 4. */
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Format four = Format.fixed(4);
        String reference = MarkdownTables.bySize(summary, "size", id -> id, List.of(
                SizeColumn.mean("accuracy", MetricKey.of(Accuracy.NAME), four),
                SizeColumn.mean("cross-entropy", MetricKey.of(CrossEntropy.NAME), Format.fixed(3)),
                SizeColumn.mean("subset acc. K=5 (measured)", MetricKey.of(SubsetAccuracy.NAME, 5), four),
                SizeColumn.mean("acc^5", MetricKey.of(ExpectedSubsetAccuracy.NAME, 5), four),
                SizeColumn.mean("K=10 (measured)", MetricKey.of(SubsetAccuracy.NAME, 10), four)));
        Map<Sampling, String> samplings = new LinkedHashMap<>();
        samplings.put(Sampling.DENSE, "dense (" + summary.curve(MetricKey.of(Accuracy.NAME)).points().size()
                + " sizes)");
        samplings.put(Sampling.SPARSE, "sparse (4 sizes)");
        String table = MarkdownTables.scores(scores, List.of(ScoreRow.of("accuracy", MetricKey.of(Accuracy.NAME)),
                ScoreRow.of("cross-entropy", MetricKey.of(CrossEntropy.NAME)),
                ScoreRow.of("Brier", MetricKey.of(Brier.NAME)),
                ScoreRow.of("expected errors among 5", MetricKey.of(ExpectedErrors.NAME, 5)),
                ScoreRow.of("subset accuracy K=2", MetricKey.of(SubsetAccuracy.NAME, 2)),
                ScoreRow.of("subset accuracy K=5", MetricKey.of(SubsetAccuracy.NAME, 5)),
                ScoreRow.of("subset accuracy K=10", MetricKey.of(SubsetAccuracy.NAME, 10))), samplings);
        return Map.of("reference", reference, "scores", table);
    }
}
