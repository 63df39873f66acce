package emergence.autoencoder;

import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Analysis;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.outputs.ReconstructionOutputs;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.MarkdownTables.Table;
import emergence.core.tables.Tables;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How close a longer budget brings the widest autoencoders to their {@link PcaBound}: one member of each width (by
 * default the family's widest three) trained under {@link AutoencoderFamily#LONG}, its test MSE measured after every
 * epoch. Written as {@value #FILE} ({@value #HEADER}) by {@code bin/lab analyse}. Every finished epoch is also in
 * {@code FILE.partial} until the study ends, so a crash keeps what was measured, and a rerun keeps the widths that
 * finished there and trains the others.
 */
final class ConvergenceStudy implements Analysis {
    static final String FILE = "convergence.csv";
    static final String HEADER = "h,seed,epoch,learning_rate,train_loss,test_mse,elapsed_s";
    /** Each member's seed (its initialisation and shuffle). */
    static final long SEED = 2023;
    /** The ratio to its PCA bound the widest members were to come within. */
    static final double TARGET_RATIO = 1.5;
    /** The last epochs whose mean fall extrapolates the study. */
    static final int RATE_EPOCHS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ConvergenceStudy.class);

    /** One finished epoch (1-based) of the member of width {@code h}. */
    record Epoch(int h, int epoch, double learningRate, double trainLoss, double testMse, double elapsedSeconds) {
    }

    private final List<Integer> widths;
    private final AdamBudget budget;

    /** The widest three members of the family under {@link AutoencoderFamily#LONG}. */
    ConvergenceStudy() {
        this(AutoencoderFamily.WIDTHS.subList(AutoencoderFamily.WIDTHS.size() - 3, AutoencoderFamily.WIDTHS.size()),
                AutoencoderFamily.LONG);
    }

    ConvergenceStudy(List<Integer> widths, AdamBudget budget) {
        this.widths = List.copyOf(widths);
        this.budget = budget;
    }

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public String description() {
        return "test MSE of h=" + widths + " after every epoch of " + budget.epochs() + " (Adam "
                + budget.learningRate() + (budget.decays() ? " → " + budget.decayedLearningRate() + " from epoch "
                + (budget.decayEpoch() + 1) : "") + "), one seed each";
    }

    @Override
    public void write(VerifiedDataset data, Path target) {
        run(AutoencoderTrainer.of(data, budget), target);
    }

    /**
     * Trains each width with {@code trainer} (whose budget is this study's) unless {@code target}'s partial file holds
     * all its epochs, and writes the table to {@code target}; returns its rows, by width and epoch.
     */
    List<Epoch> run(AutoencoderTrainer trainer, Path target) {
        if (!trainer.budget().equals(budget)) {
            throw new IllegalArgumentException("the trainer's budget " + trainer.budget() + " is not the study's "
                    + budget);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        List<Epoch> epochs = new ArrayList<>(finished(partial));
        for (int h : widths) {
            if (epochs.stream().anyMatch(e -> e.h() == h)) {
                LOG.info("h={}: all {} epochs kept from {}", h, budget.epochs(), partial);
            } else {
                train(trainer, h, epochs, partial);
            }
        }
        epochs.removeIf(e -> !widths.contains(e.h()));
        epochs.sort(Comparator.comparingInt(Epoch::h).thenComparingInt(Epoch::epoch));
        write(target, epochs);
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + partial, e);
        }
        return epochs;
    }

    /** Trains the member of width {@code h}, adding each epoch to {@code epochs} and writing them to {@code partial}. */
    private void train(AutoencoderTrainer trainer, int h, List<Epoch> epochs, Path partial) {
        AutoencoderNetwork net = AutoencoderNetwork.build(h, SEED);
        long start = System.nanoTime();
        int[] epoch = {0};
        trainer.fit(net, new long[] {SEED}, fraction -> { }, loss -> {
            epoch[0]++;
            ReconstructionOutputs outputs = trainer.evaluate(net).get(0);
            double mse = new MeanSquaredError().evaluate(outputs).get(0).value();
            double elapsed = (System.nanoTime() - start) / 1e9;
            epochs.add(new Epoch(h, epoch[0], epoch[0] > budget.decayEpoch() ? budget.decayedLearningRate()
                    : budget.learningRate(), loss[0], mse, elapsed));
            write(partial, epochs);
            LOG.info("h={}: epoch {}/{}, test MSE {}, {} s so far", h, epoch[0], budget.epochs(),
                    String.format(Locale.ROOT, "%.5f", mse), Math.round(elapsed));
        });
    }

    /** The rows of {@code partial} (when there) of the widths whose every epoch it holds. */
    private List<Epoch> finished(Path partial) {
        List<Epoch> rows = readFile(partial);
        Map<Integer, Long> count = rows.stream().collect(Collectors.groupingBy(Epoch::h, Collectors.counting()));
        return rows.stream().filter(e -> count.get(e.h()) == budget.epochs()).toList();
    }

    private void write(Path file, List<Epoch> epochs) {
        Tables.writeCsv(file, HEADER.split(","), printer -> {
            for (Epoch e : epochs) {
                printer.printRecord(e.h(), SEED, e.epoch(), Tables.format(e.learningRate()),
                        Tables.format(e.trainLoss()), Tables.format(e.testMse()), String.format(Locale.ROOT, "%.1f",
                                e.elapsedSeconds()));
            }
        });
    }

    /** The study in {@code dir}, or empty when it has none. */
    static List<Epoch> read(Path dir) {
        return readFile(dir.resolve(FILE));
    }

    private static List<Epoch> readFile(Path file) {
        List<Epoch> epochs = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            Tables.readCsv(file, HEADER, r -> epochs.add(new Epoch(Integer.parseInt(r.get("h")),
                    Integer.parseInt(r.get("epoch")), Double.parseDouble(r.get("learning_rate")),
                    Double.parseDouble(r.get("train_loss")), Double.parseDouble(r.get("test_mse")),
                    Double.parseDouble(r.get("elapsed_s")))));
        }
        return epochs;
    }

    /** The mean fall of the test MSE per epoch over the last {@value #RATE_EPOCHS} epochs of one width. */
    static double fallPerEpoch(List<Epoch> epochs) {
        int n = epochs.size();
        int from = Math.max(0, n - 1 - RATE_EPOCHS);
        return (epochs.get(from).testMse() - epochs.get(n - 1).testMse()) / (n - 1 - from);
    }

    /**
     * The first epoch at which the width's test MSE is within {@value #TARGET_RATIO}× {@code bound}, or, when it never
     * is, the epochs it would need if it kept falling at its {@link #fallPerEpoch}: "≥ N", since the fall slows from
     * epoch to epoch (an extrapolation, not a measurement), and "never" when it no longer falls.
     */
    static String epochsToTarget(List<Epoch> epochs, double bound) {
        double target = TARGET_RATIO * bound;
        for (Epoch e : epochs) {
            if (e.testMse() <= target) {
                return Integer.toString(e.epoch());
            }
        }
        double fall = fallPerEpoch(epochs);
        if (fall <= 0) {
            return "never";
        }
        Epoch last = epochs.get(epochs.size() - 1);
        return "≥ " + (last.epoch() + (int) Math.ceil((last.testMse() - target) / fall));
    }

    /**
     * One row per width: its PCA bound, the paper sweep's seed-mean test MSE ({@code sweep}, after its
     * {@code sweepEpochs}) and its ratio to the bound, then the study's test MSE after the same number of epochs (when
     * it has as many), after the last epoch at the first rate and after the last, the last one's ratio to the bound,
     * the mean fall per epoch over the last {@value #RATE_EPOCHS} epochs and the epochs the width needs to come within
     * {@value #TARGET_RATIO}× its bound ({@link #epochsToTarget}).
     */
    static Table table(List<Epoch> epochs, Map<Integer, Double> bound, Map<Integer, Double> sweep, int sweepEpochs) {
        Format readable = Format.readable();
        Format ratio = Format.fixed(2);
        Map<Integer, List<Epoch>> byWidth = epochs.stream().collect(Collectors.groupingBy(Epoch::h, TreeMap::new,
                Collectors.toList()));
        List<Epoch> first = byWidth.values().iterator().next();
        int lastAtFirstRate = (int) first.stream().filter(e -> e.learningRate() == first.get(0).learningRate())
                .count();
        // A study shorter than the sweep has no column at the sweep's epoch count.
        List<Integer> shown = Stream.of(sweepEpochs, lastAtFirstRate, first.size()).filter(e -> e <= first.size())
                .distinct().toList();
        List<String> header = new ArrayList<>(List.of("h", "PCA bound", "sweep: test MSE after " + sweepEpochs
                + " epochs (seed mean)", "sweep: MSE / bound"));
        shown.forEach(epoch -> header.add("long budget: after epoch " + epoch));
        header.add("long budget: MSE / bound");
        header.add("fall per epoch, last " + RATE_EPOCHS);
        header.add("epochs to " + TARGET_RATIO + "× bound at that fall");
        List<List<String>> rows = new ArrayList<>();
        byWidth.forEach((h, rowsOfWidth) -> {
            Double b = bound.get(h);
            Double s = sweep.get(h);
            List<String> row = new ArrayList<>(List.of(Integer.toString(h), b == null ? "" : readable.apply(b),
                    s == null ? "" : readable.apply(s), s == null || b == null ? "" : ratio.apply(s / b)));
            shown.forEach(epoch -> row.add(readable.apply(rowsOfWidth.get(epoch - 1).testMse())));
            double last = rowsOfWidth.get(rowsOfWidth.size() - 1).testMse();
            row.add(b == null ? "" : ratio.apply(last / b));
            row.add(String.format(Locale.ROOT, "%.2e", fallPerEpoch(rowsOfWidth)));
            row.add(b == null ? "" : epochsToTarget(rowsOfWidth, b));
            rows.add(row);
        });
        return new Table(header, 1, rows);
    }
}
