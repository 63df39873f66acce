package emergence.autoencoder;

import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Analysis;
import emergence.core.metrics.MeanSquaredError;
import emergence.core.outputs.ReconstructionOutputs;
import emergence.core.tables.MarkdownTables;
import emergence.core.tables.MarkdownTables.Format;
import emergence.core.tables.Tables;
import emergence.training.nn.AdamBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How close a longer budget brings the widest autoencoder to its {@link PcaBound}: one member of width h (1024 by
 * default) trained under {@link AutoencoderFamily#LONG}, its test MSE measured after every epoch. Written as
 * {@value #FILE} ({@value #HEADER}) by {@code bin/lab analyse}; every finished epoch is also in {@code FILE.partial}
 * until the study ends, so a crash keeps what was measured.
 */
final class ConvergenceStudy implements Analysis {
    static final String FILE = "convergence.csv";
    static final String HEADER = "h,seed,epoch,learning_rate,train_loss,test_mse,elapsed_s";
    /** The member's seed (its initialisation and shuffle). */
    static final long SEED = 2023;
    private static final Logger LOG = LoggerFactory.getLogger(ConvergenceStudy.class);

    /** One finished epoch (1-based) of a member of width {@code h}. */
    record Epoch(int h, int epoch, double learningRate, double trainLoss, double testMse, double elapsedSeconds) {
    }

    private final int width;
    private final AdamBudget budget;

    /** The widest member of the family under {@link AutoencoderFamily#LONG}. */
    ConvergenceStudy() {
        this(AutoencoderFamily.WIDTHS.get(AutoencoderFamily.WIDTHS.size() - 1), AutoencoderFamily.LONG);
    }

    ConvergenceStudy(int width, AdamBudget budget) {
        this.width = width;
        this.budget = budget;
    }

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public String description() {
        return "test MSE of h=" + width + " after every epoch of " + budget.epochs() + " (Adam "
                + budget.learningRate() + (budget.decays() ? " → " + budget.decayedLearningRate() + " from epoch "
                + (budget.decayEpoch() + 1) : "") + "), one seed";
    }

    @Override
    public void write(VerifiedDataset data, Path target) {
        run(AutoencoderTrainer.of(data, budget), target);
    }

    /** Trains the member with {@code trainer} (whose budget is this study's), writing the table to {@code target}. */
    List<Epoch> run(AutoencoderTrainer trainer, Path target) {
        if (!trainer.budget().equals(budget)) {
            throw new IllegalArgumentException("the trainer's budget " + trainer.budget() + " is not the study's "
                    + budget);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        AutoencoderNetwork net = AutoencoderNetwork.build(width, SEED);
        List<Epoch> epochs = new ArrayList<>();
        long start = System.nanoTime();
        trainer.fit(net, new long[] {SEED}, fraction -> { }, loss -> {
            int epoch = epochs.size() + 1;
            ReconstructionOutputs outputs = trainer.evaluate(net).get(0);
            double mse = new MeanSquaredError().evaluate(outputs).get(0).value();
            double elapsed = (System.nanoTime() - start) / 1e9;
            epochs.add(new Epoch(width, epoch, epoch > budget.decayEpoch() ? budget.decayedLearningRate()
                    : budget.learningRate(), loss[0], mse, elapsed));
            write(partial, epochs);
            LOG.info("h={}: epoch {}/{}, test MSE {}, {} s so far", width, epoch, budget.epochs(),
                    String.format(Locale.ROOT, "%.5f", mse), Math.round(elapsed));
        });
        write(target, epochs);
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + partial, e);
        }
        return epochs;
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

    /** The committed study, or empty when {@code dir} has none. */
    static List<Epoch> read(Path dir) {
        List<Epoch> epochs = new ArrayList<>();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Tables.readCsv(file, HEADER, r -> epochs.add(new Epoch(Integer.parseInt(r.get("h")),
                    Integer.parseInt(r.get("epoch")), Double.parseDouble(r.get("learning_rate")),
                    Double.parseDouble(r.get("train_loss")),
                    Double.parseDouble(r.get("test_mse")), Double.parseDouble(r.get("elapsed_s")))));
        }
        return epochs;
    }

    /**
     * The convergence study at epochs 1, 2, 5 and every 5th, the first at the decayed rate and the last: test MSE and,
     * where computed, its ratio to the PCA bound.
     */
    static String table(List<Epoch> epochs, Map<Integer, Double> bound) {
        Format readable = Format.readable();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < epochs.size(); i++) {
            Epoch e = epochs.get(i);
            boolean rateChanged = i > 0 && e.learningRate() != epochs.get(i - 1).learningRate();
            if (e.epoch() <= 2 || e.epoch() % 5 == 0 || rateChanged || i == epochs.size() - 1) {
                Double b = bound.get(e.h());
                rows.add(List.of(Integer.toString(e.epoch()),
                        BigDecimal.valueOf(e.learningRate()).stripTrailingZeros().toPlainString(),
                        readable.apply(e.trainLoss()), readable.apply(e.testMse()),
                        b == null ? "" : Format.fixed(2).apply(e.testMse() / b)));
            }
        }
        return MarkdownTables.table(List.of("epoch", "Adam rate", "training loss", "test MSE", "MSE / PCA bound"), 1,
                rows);
    }
}
