package emergence.cli.toy;

import emergence.core.data.DataFile;
import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Findings;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.Refinable;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.figures.CurvePlot;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.CrossEntropy;
import emergence.core.metrics.ExpectedSubsetAccuracy;
import emergence.core.metrics.Metric;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.outputs.OutputKind;
import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.tables.Curve;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A toy experiment defined only in test code, the proof that an experiment is one entry: logistic regression on
 * synthetic points in 8 dimensions whose class follows a noisy linear rule, the size knob being how many of the
 * 8 features a model sees (the most informative first). Trained in plain Java (no native library), scored with
 * accuracy and K-of-K subset accuracy, found by the lab through {@code META-INF/services} of the test classes.
 */
public final class ToyLogistic implements Experiment<ToyLogistic.Features, ClassificationOutputs>,
        Explorable<ClassificationOutputs>, Findings, Refinable<ToyLogistic.Features> {
    public static final String NAME = "toy-logistic";
    static final ExperimentId ID = new ExperimentId(NAME, "Logistic regression on synthetic points", 99, 0);
    public static final String FILE = "points.csv";
    private static final int DIMENSIONS = 8;
    private static final int TRAIN = 400;
    private static final int POINTS = 600;
    private static final List<Integer> KS = List.of(1, 2, 5);
    private static final long PERMUTATION_SEED = 3;
    /** Test points per vote of the explorer's sharp metric. */
    static final int VOTE = 10;
    private static final byte[] CONTENT = points();
    static final DatasetSpec SPEC = new DatasetSpec("toy", List.of(new DataFile(FILE, sha256(CONTENT))),
            Optional.empty());

    /** A member: the first {@code features} of the 8 input features. */
    public record Features(int features) {
    }

    /** Writes the dataset under a data root, as {@code toy/points.csv}. */
    public static void writeDataset(Path dataRoot) throws IOException {
        Files.createDirectories(dataRoot.resolve(SPEC.folder()));
        Files.write(dataRoot.resolve(SPEC.folder()).resolve(FILE), CONTENT);
    }

    @Override
    public ExperimentId id() {
        return ID;
    }

    @Override
    public Scoring<ClassificationOutputs> scoring() {
        return new Scoring<>(outputs(), metrics(), resolution(), predictions(), contrasts());
    }

    @Override
    public DatasetSpec dataset() {
        return SPEC;
    }

    @Override
    public FamilyPlan<Features> plan(Profile profile) {
        List<SizeSpec<Features>> sizes = IntStream.of(1, 2, 4, 8).mapToObj(k -> spec(new Features(k), profile))
                .toList();
        int epochs = profile == Profile.PAPER ? 200 : 100;
        return new FamilyPlan<>(sizes, profile == Profile.PAPER ? 2 : 1, Map.of("epochs", epochs, "learning_rate",
                0.5), new BudgetRule(BudgetRule.Kind.SAME_EPOCHS, "a test-only family: the epochs its test asks "
                + "for, at a learning rate of 0.5"), (long) epochs * TRAIN);
    }

    @Override
    public List<Features> between(Features lower, Features upper) {
        return IntStream.range(lower.features() + 1, upper.features()).mapToObj(Features::new).toList();
    }

    @Override
    public SizeSpec<Features> spec(Features size, Profile profile) {
        int k = size.features();
        return new SizeSpec<>("f" + k, k, new ExampleFlops(k), k + 1, size);
    }

    @Override
    public Class<Features> sizeType() {
        return Features.class;
    }

    @Override
    public String knob() {
        return "the number of features, in steps of 1";
    }

    @Override
    public Trainer<Features> trainer(VerifiedDataset data, Profile profile) {
        double[][] x = new double[POINTS][DIMENSIONS];
        int[] y = new int[POINTS];
        try (InputStream in = data.open(FILE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < POINTS; i++) {
                String[] cells = lines[i].split(",");
                y[i] = Integer.parseInt(cells[0]);
                for (int j = 0; j < DIMENSIONS; j++) {
                    x[i][j] = Double.parseDouble(cells[j + 1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int epochs = ((Number) plan(profile).budget().get("epochs")).intValue();
        // Full-batch gradient descent: a step is an epoch; outputs stored at log-spaced steps like every trainer's.
        CheckpointSchedule checkpoints = CheckpointSchedule.logSpaced(epochs, CheckpointSchedule.PER_RUN);
        return (run, progress) -> {
            List<CheckpointOutputs> stored = new ArrayList<>();
            int k = run.size().config().features();
            SplittableRandom rng = new SplittableRandom(run.seed());
            double[] w = new double[k + 1];
            for (int j = 0; j < w.length; j++) {
                w[j] = (rng.nextDouble() - 0.5) * 0.2;
            }
            for (int epoch = 0; epoch < epochs; epoch++) {
                double[] grad = new double[k + 1];
                for (int i = 0; i < TRAIN; i++) {
                    double err = p(w, x[i], k) - y[i];
                    for (int j = 0; j < k; j++) {
                        grad[j] += err * x[i][j] / TRAIN;
                    }
                    grad[k] += err / TRAIN;
                }
                for (int j = 0; j <= k; j++) {
                    w[j] -= 0.5 * grad[j];
                }
                if (checkpoints.dueBeforeLast(epoch + 1)) {
                    stored.add(new CheckpointOutputs(epoch + 1, (epoch + 1L) * TRAIN, outputs(w, k, x, y)));
                }
                progress.fractionDone((epoch + 1.0) / epochs);
            }
            ExampleOutputs outputs = outputs(w, k, x, y);
            stored.add(new CheckpointOutputs(epochs, (long) epochs * TRAIN, outputs));
            return new TrainedModel(k + 1, outputs, Map.of("epochs", epochs), stored);
        };
    }

    /** Both classes' probabilities of every test point under the weights {@code w}. */
    private static ExampleOutputs outputs(double[] w, int k, double[][] x, int[] y) {
        int test = POINTS - TRAIN;
        float[] probs = new float[2 * test];
        int[] labels = new int[test];
        for (int i = 0; i < test; i++) {
            double p = p(w, x[TRAIN + i], k);
            probs[2 * i] = (float) (1 - p);
            probs[2 * i + 1] = (float) p;
            labels[i] = y[TRAIN + i];
        }
        return ClassificationOutputs.fromProbabilities(IntStream.range(0, test).toArray(), labels, probs, 2).table();
    }

    private static double p(double[] w, double[] x, int k) {
        double z = w[k];
        for (int j = 0; j < k; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private OutputKind<ClassificationOutputs> outputs() {
        return ClassificationOutputs.KIND;
    }

    private List<Metric<ClassificationOutputs>> metrics() {
        return List.of(new Accuracy(), new CrossEntropy(), new SubsetAccuracy(KS, PERMUTATION_SEED),
                new ExpectedSubsetAccuracy(KS));
    }

    @Override
    public FigureSet figures() {
        return new FigureSet() {
            @Override
            public List<Path> render(Summary summary, Path dir) {
                return List.of(new CurvePlot("Toy: accuracy and 5-of-5 subset accuracy", "share right")
                        .add("accuracy", summary.curve(MetricKey.of(Accuracy.NAME)))
                        .add("5 of 5", summary.curve(MetricKey.of(SubsetAccuracy.NAME, 5))).yRange(0, 1)
                        .save(dir.resolve("a_toy"), 600, 400));
            }

            @Override
            public Map<String, String> captions() {
                Map<String, String> c = new LinkedHashMap<>();
                c.put("a_toy", "Accuracy and 5-of-5 subset accuracy of logistic regression on 1-8 features.");
                c.put(ResolutionStudy.FIGURE, "5-of-5 subset accuracy from the first 100 test points and all.");
                return c;
            }
        };
    }

    private ResolutionStudy<ClassificationOutputs> resolution() {
        SubsetAccuracy five = new SubsetAccuracy(List.of(5), PERMUTATION_SEED);
        return new ResolutionStudy<>("5-of-5 subset accuracy", 5, o -> five.subsetsAllRight(o, 5));
    }

    private List<Prediction> predictions() {
        return List.of(new Prediction(SubsetAccuracy.NAME, ExpectedSubsetAccuracy.NAME, "acc^K",
                Prediction.Basis.INDEPENDENT_ITEMS));
    }

    private List<Contrast> contrasts() {
        return List.of(new Contrast(MetricKey.of(Accuracy.NAME), MetricKey.of(SubsetAccuracy.NAME, 2)));
    }

    /** One finding, from the summary: the accuracy of the model with every feature. */
    @Override
    public List<String> findings(Summary summary, EmergenceTable scores) {
        List<Curve.Point> points = summary.curve(MetricKey.of(Accuracy.NAME)).points();
        return List.of(String.format(Locale.ROOT, "With all %d features the toy is right on %.3f of its test points.",
                DIMENSIONS, points.get(points.size() - 1).mean()));
    }

    /**
     * The explorer's sharp metric, of a shape none of the lab's experiments has: the share of disjoint blocks of
     * {@value #VOTE} consecutive test points with at least M right (M = 10 is all of them, M = 6 a majority), predicted
     * by the binomial tail of accuracy.
     */
    @Override
    public Explorer<ClassificationOutputs> explorer() {
        return new Explorer<>("M", "at least M of " + VOTE + " consecutive points right",
                Explorer.Range.integers(1, VOTE, VOTE, true), (o, m) -> atLeast(o.correct(), m.intValue()),
                (o, m) -> 1 - new BinomialDistribution(VOTE, Accuracy.of(o.label(), o.predicted()))
                        .cumulativeProbability(m.intValue() - 1),
                MetricKey.of(Accuracy.NAME), MetricKey.of(CrossEntropy.NAME),
                "Toy: M = " + VOTE + " is K-of-K, M = 6 a majority vote.");
    }

    /** Share of disjoint blocks of {@value #VOTE} consecutive points with at least {@code m} right. */
    static double atLeast(boolean[] correct, int m) {
        int blocks = correct.length / VOTE;
        int hits = 0;
        for (int b = 0; b < blocks; b++) {
            int right = 0;
            for (int i = b * VOTE; i < (b + 1) * VOTE; i++) {
                right += correct[i] ? 1 : 0;
            }
            hits += right >= m ? 1 : 0;
        }
        return (double) hits / blocks;
    }

    /** 600 points "label,x1..x8": x standard normal, label = 1 when Σ x_j/(j+1) + noise > 0. */
    private static byte[] points() {
        SplittableRandom rng = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < POINTS; i++) {
            float[] x = new float[DIMENSIONS];
            double z = 0.3 * rng.nextGaussian();
            for (int j = 0; j < DIMENSIONS; j++) {
                x[j] = (float) rng.nextGaussian();
                z += x[j] / (j + 1.0);
            }
            csv.append(z > 0 ? 1 : 0);
            for (float v : x) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
