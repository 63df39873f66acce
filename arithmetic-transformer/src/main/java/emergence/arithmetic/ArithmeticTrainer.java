package emergence.arithmetic;

import emergence.core.outputs.CheckpointOutputs;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.ExampleOutputs;
import emergence.core.sweep.CheckpointSchedule;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.training.nn.AdamBudget;
import emergence.training.nn.EpochFit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains an arithmetic transformer with SameDiff (Adam, cross-entropy on the answer tokens) on the run's shuffle of
 * the training pool, then stores, per test problem, its greedy answer (decoded token by token, up to
 * {@value Tokens#ANSWER} tokens or the end token) and, under teacher forcing, p(true digit) and Σp² at every answer
 * digit: on every test problem at the end and, {@link #checkpointed checkpointed}, on a probe subset of them at the
 * steps of a {@link CheckpointSchedule}, the last step included (so that every checkpoint, the last one too, is read on
 * the same problems).
 */
public final class ArithmeticTrainer implements Trainer<ArithmeticSize> {
    private static final int EVAL_BATCH = 500;
    private static final int PROBE_PROBLEMS = 1000;

    private final int[][] train;
    private final List<Problem> test;
    private final AdamBudget budget;
    private final CheckpointSchedule checkpoints;
    private final List<Problem> probe;

    /** A trainer that evaluates each run at its end only; {@code budget}: examples and batch in problems. */
    public ArithmeticTrainer(ProblemSets problems, AdamBudget budget) {
        this(problems.train().stream().map(Tokens::of).toArray(int[][]::new), problems.test(), budget,
                CheckpointSchedule.lastOnly(budget.steps()), List.of());
        budget.requireExamples(problems.train().size());
    }

    private ArithmeticTrainer(int[][] train, List<Problem> test, AdamBudget budget, CheckpointSchedule checkpoints,
                              List<Problem> probe) {
        this.train = train;
        this.test = test;
        this.budget = budget;
        this.checkpoints = checkpoints;
        this.probe = probe;
    }

    /**
     * This trainer, also storing the outputs on {@code probe} (a subset of the test problems, e.g.
     * {@link ProblemSets#probe}) at {@link CheckpointSchedule#PER_RUN} log-spaced steps.
     */
    public ArithmeticTrainer checkpointed(List<Problem> probe) {
        if (probe.isEmpty() || !test.containsAll(probe)) {
            throw new IllegalArgumentException("the checkpoints' probe must be test problems, at least one");
        }
        return new ArithmeticTrainer(train, test, budget, CheckpointSchedule.logSpaced(budget.steps(),
                CheckpointSchedule.PER_RUN), List.copyOf(probe));
    }

    @Override
    public TrainedModel train(RunSpec<ArithmeticSize> run, ProgressListener progress) {
        ArithmeticNetwork net = ArithmeticNetwork.build(run.size().config(), run.seed(), DataType.FLOAT);
        List<CheckpointOutputs> stored = new ArrayList<>();
        double loss = fit(net, run.seed(), progress, checkpoints,
                (step, examples) -> stored.add(new CheckpointOutputs(step, examples, evaluate(net, probe).table())));
        ExampleOutputs outputs = evaluate(net).table();
        if (!probe.isEmpty()) {
            stored.add(new CheckpointOutputs(budget.steps(), budget.examples(), evaluate(net, probe).table()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("steps", budget.steps());
        details.put("final_train_loss", loss);
        return new TrainedModel(net.parameterCount(), outputs, details, stored);
    }

    /** Trains in place; returns the final loss on the first 1,000 training problems. */
    public double fit(ArithmeticNetwork net, long seed, ProgressListener progress) {
        return fit(net, seed, progress, CheckpointSchedule.lastOnly(budget.steps()), (step, examples) -> { });
    }

    private double fit(ArithmeticNetwork net, long seed, ProgressListener progress, CheckpointSchedule schedule,
                       EpochFit.CheckpointListener atCheckpoint) {
        SameDiff sd = net.graph();
        sd.setLossVariables(ArithmeticNetwork.LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(EpochFit.adam(budget))
                .dataSetFeatureMapping(ArithmeticNetwork.TOKENS).dataSetLabelMapping(ArithmeticNetwork.LABELS)
                .build());
        int[][] probe = Arrays.copyOf(train, Math.min(PROBE_PROBLEMS, budget.trainExamples()));
        Map<String, INDArray> probeInputs = new HashMap<>();
        probeInputs.put(ArithmeticNetwork.TOKENS, inputs(probe));
        probeInputs.put(ArithmeticNetwork.LABELS, labels(probe));
        return EpochFit.run(sd, budget.schedule(), seed, rows -> {
            int[][] batch = IntStream.of(rows).mapToObj(r -> train[r]).toArray(int[][]::new);
            return new DataSet(inputs(batch), labels(batch));
        }, () -> sd.output(probeInputs, ArithmeticNetwork.LOSS).get(ArithmeticNetwork.LOSS).getDouble(0), progress,
                schedule, atCheckpoint);
    }

    /** The outputs on every test problem. */
    public ArithmeticOutputs evaluate(ArithmeticNetwork net) {
        return evaluate(net, test);
    }

    /** The outputs on {@code test}, its problems indexed by their place in it. */
    static ArithmeticOutputs evaluate(ArithmeticNetwork net, List<Problem> test) {
        int rows = test.stream().mapToInt(Problem::length).sum();
        int[] position = new int[rows];
        int[] length = new int[rows];
        int[] a = new int[rows];
        int[] b = new int[rows];
        int[] greedy = new int[rows];
        int[] greedyLength = new int[rows];
        int[] index = new int[rows];
        int[] label = new int[rows];
        int[] predicted = new int[rows];
        double[] pTrue = new double[rows];
        double[] sumP2 = new double[rows];
        int row = 0;
        for (int from = 0; from < test.size(); from += EVAL_BATCH) {
            List<Problem> chunk = test.subList(from, Math.min(test.size(), from + EVAL_BATCH));
            int[][] sequences = chunk.stream().map(Tokens::of).toArray(int[][]::new);
            float[] forced = net.probabilities(inputs(sequences)).data().asFloat();
            int[][] answers = greedy(net, sequences);
            for (int i = 0; i < chunk.size(); i++) {
                Problem p = chunk.get(i);
                int[] digits = Tokens.answer(p.sum());
                for (int j = 0; j < digits.length; j++, row++) {
                    int at = (i * Tokens.CONTEXT + Tokens.FIRST_ANSWER + j) * Tokens.VOCABULARY;
                    ClassificationOutputs entry = ClassificationOutputs.fromProbabilities(new int[] {from + i},
                            new int[] {digits[j]}, Arrays.copyOfRange(forced, at, at + Tokens.VOCABULARY),
                            Tokens.VOCABULARY);
                    position[row] = j;
                    length[row] = digits.length;
                    a[row] = p.a();
                    b[row] = p.b();
                    greedy[row] = (int) Tokens.value(answers[i]);
                    greedyLength[row] = answers[i].length;
                    index[row] = from + i;
                    label[row] = digits[j];
                    predicted[row] = entry.predicted()[0];
                    pTrue[row] = entry.pTrue()[0];
                    sumP2[row] = entry.sumP2()[0];
                }
            }
        }
        return new ArithmeticOutputs(position, length, a, b, greedy, greedyLength,
                new ClassificationOutputs(index, label, predicted, pTrue, sumP2));
    }

    /**
     * Greedy answers: from the prompt, the most probable next token is written into the context and read back,
     * {@value Tokens#ANSWER} times; a problem's answer is its digits before the first other token.
     */
    static int[][] greedy(ArithmeticNetwork net, int[][] sequences) {
        int n = sequences.length;
        int[][] context = new int[n][];
        for (int i = 0; i < n; i++) {
            context[i] = Arrays.copyOf(sequences[i], Tokens.PROMPT + Tokens.ANSWER);
            Arrays.fill(context[i], Tokens.PROMPT, context[i].length, Tokens.PAD);
        }
        int[] written = new int[n];
        boolean[] ended = new boolean[n];
        for (int step = 0; step < Tokens.ANSWER; step++) {
            float[] probs = net.probabilities(inputs(context)).data().asFloat();
            for (int i = 0; i < n; i++) {
                if (ended[i]) {
                    continue;
                }
                int at = (i * Tokens.CONTEXT + Tokens.FIRST_ANSWER + step) * Tokens.VOCABULARY;
                int best = 0;
                for (int k = 1; k < Tokens.VOCABULARY; k++) {
                    if (probs[at + k] > probs[at + best]) {
                        best = k;
                    }
                }
                if (best > 9) {
                    ended[i] = true;
                } else {
                    context[i][Tokens.PROMPT + step] = best;
                    written[i]++;
                }
            }
        }
        int[][] answers = new int[n][];
        for (int i = 0; i < n; i++) {
            answers[i] = Arrays.copyOfRange(context[i], Tokens.PROMPT, Tokens.PROMPT + written[i]);
        }
        return answers;
    }

    /** One-hot inputs of whole sequences: their first {@value Tokens#CONTEXT} tokens, [B, CONTEXT, VOCABULARY]. */
    static INDArray inputs(int[][] sequences) {
        float[] x = new float[sequences.length * Tokens.CONTEXT * Tokens.VOCABULARY];
        for (int i = 0; i < sequences.length; i++) {
            for (int t = 0; t < Tokens.CONTEXT; t++) {
                x[(i * Tokens.CONTEXT + t) * Tokens.VOCABULARY + sequences[i][t]] = 1f;
            }
        }
        return Nd4j.create(x, new long[] {sequences.length, Tokens.CONTEXT, Tokens.VOCABULARY}, 'c');
    }

    /**
     * One-hot next tokens at the answer positions (every answer digit and the end token), zero rows elsewhere:
     * [B·CONTEXT, VOCABULARY].
     */
    static INDArray labels(int[][] sequences) {
        float[] y = new float[sequences.length * Tokens.CONTEXT * Tokens.VOCABULARY];
        for (int i = 0; i < sequences.length; i++) {
            for (int t = Tokens.FIRST_ANSWER; t < Tokens.CONTEXT; t++) {
                int next = sequences[i][t + 1];
                if (next == Tokens.PAD) {
                    break;
                }
                y[(i * Tokens.CONTEXT + t) * Tokens.VOCABULARY + next] = 1f;
            }
        }
        return Nd4j.create(y, new long[] {(long) sequences.length * Tokens.CONTEXT, Tokens.VOCABULARY}, 'c');
    }
}
