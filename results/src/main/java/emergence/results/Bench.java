package emergence.results;

import emergence.autoencoder.AutoencoderCifar;
import emergence.autoencoder.AutoencoderFamily;
import emergence.autoencoder.AutoencoderNetwork;
import emergence.autoencoder.AutoencoderTrainer;
import emergence.autoencoder.CifarTensors;
import emergence.common.data.LabeledImages;
import emergence.common.nn.AdamBudget;
import emergence.common.sweep.SweepRunner;
import emergence.common.tables.Tables;
import emergence.lenet.LeNetFamily;
import emergence.lenet.LeNetMnist;
import emergence.lenet.LeNetNetwork;
import emergence.lenet.LeNetSize;
import emergence.lenet.LeNetTrainer;
import emergence.lenet.MnistTensors;
import emergence.omniglot.OmniglotTensors;
import emergence.omniglot.OmniglotTransformer;
import emergence.omniglot.TransformerFamily;
import emergence.omniglot.TransformerNetwork;
import emergence.omniglot.TransformerSize;
import emergence.omniglot.TransformerTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/lab bench EXPERIMENT}: seconds per epoch (60,000 MNIST or 50,000 CIFAR images) of the lab's
 * training path and of the equivalent PyTorch script in {@code bench/} (same sizes, batch, optimiser and
 * threads, random data of the dataset's shape) at three sizes, and of a whole sweep (model {@code sweep}:
 * every size of the paper family × {@value #SWEEP_SEEDS} seeds, each built and trained from scratch one epoch,
 * the lab as its sweeps train them, PyTorch one model after the other), measured in one run and written to
 * {@code results/bench.csv} (rows of other experiments are kept).
 */
@Command(name = "bench", description = "Time the lab's training path against PyTorch; writes results/bench.csv.")
final class Bench implements Callable<Integer> {
    static final String HEADER = "experiment,model,lab_s_per_epoch,pytorch_s_per_epoch,ratio";
    private static final int WARMUP_STEPS = 20;
    static final int SWEEP_SEEDS = 3;

    @Parameters(index = "0", paramLabel = "EXPERIMENT",
            description = "lenet-mnist, autoencoder-cifar or omniglot-transformer")
    String experiment;

    /**
     * A model of the paper sweeps trains for 190,000–240,000 examples; timing only 50 steps of each mostly
     * measures building its graph (once per model, then scaled ×9 to an epoch): the LeNet sweep measured 1.22×
     * PyTorch at 6,400 examples and 0.94× at 25,600.
     */
    @Option(names = "--examples", description = "Examples timed per model (extrapolated to an epoch). "
            + "Default: 25600.")
    int examples = 25_600;

    @Option(names = "--threads", description = "Threads for both frameworks. Default: 2.")
    int threads = 2;

    @Option(names = "--python", description = "Python with torch. Default: /usr/bin/python3.")
    String python = "/usr/bin/python3";

    @Option(names = "--csv", description = "Output table. Default: results/bench.csv.")
    Path csv = Path.of("results", "bench.csv");

    /** One timed size: the lab's measurement and the PyTorch script with its arguments. */
    private record Case(String model, DoubleSupplier lab, String script, List<String> args) {
    }

    @Override
    public Integer call() throws Exception {
        if (examples < 1280 || examples > 50_000) {
            throw new IllegalArgumentException("--examples must be in 1280..50000, got " + examples);
        }
        List<Case> cases = switch (experiment) {
            case LeNetMnist.NAME -> lenetCases();
            case AutoencoderCifar.NAME -> autoencoderCases();
            case OmniglotTransformer.NAME -> transformerCases();
            default -> throw new IllegalArgumentException("bench supports lenet-mnist, autoencoder-cifar and "
                    + "omniglot-transformer, got '" + experiment + "'");
        };
        SweepRunner.pinThreads(threads);
        List<String[]> rows = new ArrayList<>();
        for (Case c : cases) {
            double lab = c.lab().getAsDouble();
            double torch = torch(c.script(), c.args());
            String[] row = {experiment, c.model(), Tables.format(lab), Tables.format(torch),
                Tables.format(lab / torch)};
            Lab.LOG.info("{} {}: lab {} s/epoch, PyTorch {} s/epoch, ratio {}", experiment, c.model(), row[2], row[3],
                    row[4]);
            rows.add(row);
        }
        writeRows(rows);
        return 0;
    }

    private List<Case> lenetCases() {
        List<Case> cases = new ArrayList<>();
        MnistTensors data = MnistTensors.of(random(examples + WARMUP_STEPS * 128, 1, 28, 10));
        for (int i : new int[] {0, 7, LeNetFamily.SIZES.size() - 1}) {
            LeNetSize s = LeNetFamily.SIZES.get(i);
            cases.add(new Case(s.id(), () -> {
                LeNetNetwork net = LeNetNetwork.build(s, 1);
                new LeNetTrainer(data, data, new AdamBudget(WARMUP_STEPS * 128, 1, 128, 1e-4)).fit(net, new long[] {1},
                        f -> { });
                AdamBudget timed = new AdamBudget(examples, 1, 128, 1e-4);
                long start = System.nanoTime();
                new LeNetTrainer(data, data, timed).fit(net, new long[] {2}, f -> { });
                return (System.nanoTime() - start) / 1e9 * 60_000 / examples;
            }, "lenet_torch.py", List.of("--conv1", "" + s.conv1(), "--conv2", "" + s.conv2(), "--hidden",
                    "" + s.hidden(), "--batch", "128", "--lr", "1e-4")));
        }
        cases.add(new Case("sweep", () -> {
            AdamBudget timed = new AdamBudget(examples, 1, 128, 1e-4);
            long start = System.nanoTime();
            long[] seeds = LongStream.range(0, SWEEP_SEEDS).toArray();
            for (LeNetSize s : LeNetFamily.SIZES) {
                // As the sweep trains them: the seeds of a small size together in one graph.
                if (LeNetTrainer.trainsTogether(s)) {
                    new LeNetTrainer(data, data, timed).fit(LeNetNetwork.build(s, seeds), seeds, f -> { });
                } else {
                    for (long seed : seeds) {
                        new LeNetTrainer(data, data, timed).fit(LeNetNetwork.build(s, seed), new long[] {seed},
                                f -> { });
                    }
                }
            }
            return (System.nanoTime() - start) / 1e9 * 60_000 / examples;
        }, "lenet_torch.py", List.of("--sweep", LeNetFamily.SIZES.stream()
                .map(s -> s.conv1() + ":" + s.conv2() + ":" + s.hidden()).collect(Collectors.joining(",")),
                "--seeds", "" + SWEEP_SEEDS, "--batch", "128", "--lr", "1e-4")));
        return cases;
    }

    private List<Case> autoencoderCases() {
        List<Case> cases = new ArrayList<>();
        LabeledImages images = random(examples + WARMUP_STEPS * 256, 3, 32, 100);
        CifarTensors data = CifarTensors.of(images, CifarTensors.Standardization.of(images));
        for (int h : new int[] {1, 64, 1024}) {
            cases.add(new Case(AutoencoderFamily.id(h), () -> {
                AutoencoderNetwork net = AutoencoderNetwork.build(h, 1);
                AdamBudget lr = AutoencoderFamily.PAPER;
                new AutoencoderTrainer(data, data, new AdamBudget(WARMUP_STEPS * 256, 1, 256, lr.learningRate()),
                        Map.of()).fit(net, new long[] {1}, f -> { });
                AdamBudget timed = new AdamBudget(examples, 1, 256, lr.learningRate());
                long start = System.nanoTime();
                new AutoencoderTrainer(data, data, timed, Map.of()).fit(net, new long[] {2}, f -> { });
                return (System.nanoTime() - start) / 1e9 * 50_000 / examples;
            }, "autoencoder_torch.py", List.of("--hidden", "" + h, "--batch", "256")));
        }
        cases.add(new Case("sweep", () -> {
            AdamBudget timed = new AdamBudget(examples, 1, 256, AutoencoderFamily.PAPER.learningRate());
            long[] seeds = LongStream.range(0, SWEEP_SEEDS).toArray();
            long start = System.nanoTime();
            for (int h : AutoencoderFamily.WIDTHS) {
                // As the sweep trains them: the seeds of one width together in one graph.
                new AutoencoderTrainer(data, data, timed, Map.of()).fit(AutoencoderNetwork.build(h, seeds), seeds,
                        f -> { });
            }
            return (System.nanoTime() - start) / 1e9 * 50_000 / examples;
        }, "autoencoder_torch.py", List.of("--sweep", AutoencoderFamily.WIDTHS.stream().map(String::valueOf)
                .collect(Collectors.joining(",")), "--seeds", "" + SWEEP_SEEDS, "--batch", "256")));
        return cases;
    }

    /**
     * Three transformer sizes and the whole family (one model after the other, as its sweep trains them) on
     * 1,623 classes; an epoch is the paper profile's 24,345 training images.
     */
    private List<Case> transformerCases() {
        List<Case> cases = new ArrayList<>();
        int classes = TransformerFamily.PAPER.classes();
        int length = TransformerFamily.LENGTH;
        int batch = TransformerFamily.PAPER.budget().batchSize();
        int epoch = TransformerFamily.PAPER.budget().trainExamples();
        int n = (examples + WARMUP_STEPS * batch) / length * length;
        LabeledImages images = random(n, 1, TransformerFamily.SIDE, classes);
        OmniglotTensors data = OmniglotTensors.of(images, IntStream.range(0, n).toArray(), classes);
        int[] sequences = IntStream.range(0, length).toArray();
        List<TransformerSize> shown = List.of(TransformerFamily.size("d016-l1"), TransformerFamily.size("d064-l2"),
                TransformerFamily.SIZES.get(TransformerFamily.SIZES.size() - 1));
        for (TransformerSize s : shown) {
            cases.add(new Case(s.id(), () -> {
                TransformerNetwork net = TransformerNetwork.build(s, classes, TransformerFamily.SIDE, length, 1,
                        DataType.FLOAT);
                new TransformerTrainer(data, data, sequences, new AdamBudget(WARMUP_STEPS * batch, 1, batch, 1e-3),
                        TransformerFamily.PAPER.shift(), length, TransformerFamily.SIDE).fit(net, 1, f -> { });
                AdamBudget timed = new AdamBudget(examples / length * length, 1, batch, 1e-3);
                long start = System.nanoTime();
                new TransformerTrainer(data, data, sequences, timed, TransformerFamily.PAPER.shift(), length,
                        TransformerFamily.SIDE).fit(net, 2, f -> { });
                return (System.nanoTime() - start) / 1e9 * epoch / timed.trainExamples();
            }, "transformer_torch.py", List.of("--d-model", "" + s.dModel(), "--layers", "" + s.layers(),
                    "--heads", "" + s.heads(), "--channels", "" + s.channels(), "--classes", "" + classes,
                    "--batch", "" + batch, "--epoch-size", "" + epoch)));
        }
        cases.add(new Case("sweep", () -> {
            AdamBudget timed = new AdamBudget(examples / length * length, 1, batch, 1e-3);
            TransformerTrainer trainer = new TransformerTrainer(data, data, sequences, timed,
                    TransformerFamily.PAPER.shift(), length, TransformerFamily.SIDE);
            long start = System.nanoTime();
            for (TransformerSize s : TransformerFamily.SIZES) {
                for (int seed = 0; seed < SWEEP_SEEDS; seed++) {
                    trainer.fit(TransformerNetwork.build(s, classes, TransformerFamily.SIDE, length, seed,
                            DataType.FLOAT), seed, f -> { });
                }
            }
            return (System.nanoTime() - start) / 1e9 * epoch / timed.trainExamples();
        }, "transformer_torch.py", List.of("--sweep", TransformerFamily.SIZES.stream()
                .map(s -> s.dModel() + ":" + s.layers() + ":" + s.heads() + ":" + s.channels())
                .collect(Collectors.joining(",")), "--seeds", "" + SWEEP_SEEDS, "--classes", "" + classes,
                "--batch", "" + batch, "--epoch-size", "" + epoch)));
        return cases;
    }

    private double torch(String script, List<String> args) throws IOException, InterruptedException {
        Path path = Path.of("bench", script);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("missing " + path + "; run bench from the project root");
        }
        List<String> cmd = new ArrayList<>(List.of(python, path.toString()));
        cmd.addAll(args);
        cmd.addAll(List.of("--examples", "" + examples, "--threads", "" + threads, "--warmup", "" + WARMUP_STEPS));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("PyTorch reference failed (" + String.join(" ", cmd) + "): " + out
                    + ". Install it with: apt-get install python3-torch libopenblas0-pthread");
        }
        String[] lines = out.split("\n");
        return Double.parseDouble(lines[lines.length - 1].trim());
    }

    private static LabeledImages random(int n, int channels, int side, int classes) {
        Random rng = new Random(n);
        byte[] pixels = new byte[n * channels * side * side];
        rng.nextBytes(pixels);
        return new LabeledImages(n, channels, side, side, pixels, rng.ints(n, 0, classes).toArray());
    }

    /** Replaces this experiment's rows in the table, keeping other experiments' rows. */
    private void writeRows(List<String[]> rows) throws IOException {
        List<String[]> kept = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            try (var reader = Files.newBufferedReader(csv);
                 var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                         .parse(reader)) {
                for (CSVRecord r : parser) {
                    if (!r.get("experiment").equals(experiment)) {
                        kept.add(r.values());
                    }
                }
            }
        }
        kept.addAll(rows);
        Tables.writeCsv(csv, HEADER.split(","), printer -> {
            for (String[] r : kept) {
                printer.printRecord((Object[]) r);
            }
        });
    }
}
